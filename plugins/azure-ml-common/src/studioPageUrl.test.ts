/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { studioPageUrl } from './studioPageUrl';

describe('studioPageUrl', () => {
  it('names the workspace by its encoded ARM id and the tenant', () => {
    expect(
      studioPageUrl({
        studio: 'https://ml.azure.com',
        path: 'runs/job_1',
        workspaceId:
          '/subscriptions/s/resourceGroups/rg/providers/x/workspaces/w',
        tenantId: 't',
      }),
    ).toBe(
      'https://ml.azure.com/runs/job_1?wsid=%2Fsubscriptions%2Fs%2FresourceGroups%2Frg%2Fproviders%2Fx%2Fworkspaces%2Fw&tid=t',
    );
  });
});
