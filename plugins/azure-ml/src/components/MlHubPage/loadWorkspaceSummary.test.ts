/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlJobStatuses } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi, AzureMlJobListRequest } from '../../api';
import { workspace } from '../../__testUtils__';
import { loadWorkspaceSummary } from './loadWorkspaceSummary';

describe('loadWorkspaceSummary', () => {
  it('counts as running the statuses a job passes through before it ends', async () => {
    const requests: AzureMlJobListRequest[] = [];
    const api = {
      listJobs: async (_ws: unknown, request: AzureMlJobListRequest) => {
        requests.push(request);
        return { items: [] };
      },
      listEndpoints: async () => ({ items: [] }),
    } as unknown as AzureMlApi;

    await loadWorkspaceSummary(api, workspace, Date.now());

    const running = requests[0].status ?? [];
    expect(running).toHaveLength(8);
    expect(running).toContain('Queued');
    expect(running).toContain('CancelRequested');
    // A job can leave the last three, but is not running in them.
    expect(azureMlJobStatuses.filter(s => !running.includes(s))).toEqual([
      ...['Completed', 'Failed', 'Canceled'],
      ...['NotResponding', 'Paused', 'Unknown'],
    ]);
  });
});
