/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlOnlineEndpoint,
  AzureMlOnlineEndpointSummary,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import { workspace } from '../../__testUtils__';
import { loadEndpoints } from './loadEndpoints';

function summary(name: string): AzureMlOnlineEndpointSummary {
  return {
    id: `/subscriptions/x/onlineEndpoints/${name}`,
    name,
    authMode: 'Key',
    scoringUri: `https://${name}/score`,
    provisioningState: 'Succeeded',
    traffic: {},
    tags: {},
    studioUrl: `https://ml.azure.com/endpoints/realtime/${name}`,
  };
}

function detail(name: string): AzureMlOnlineEndpoint {
  return { ...summary(name), deployments: [] };
}

describe('loadEndpoints', () => {
  it('follows every page, then reads each endpoint', async () => {
    const listEndpoints = jest.fn(
      async (_ws: WorkspaceRef, request?: { pageToken?: string }) =>
        request?.pageToken === 'p2'
          ? { items: [summary('c')] }
          : { items: [summary('a'), summary('b')], nextPageToken: 'p2' },
    );
    const getEndpoint = jest.fn(async (_ws: WorkspaceRef, name: string) =>
      detail(name),
    );
    const api = { listEndpoints, getEndpoint } as unknown as AzureMlApi;

    const loaded = await loadEndpoints(api, workspace);

    expect(loaded.endpoints.map(e => e.name)).toEqual(['a', 'b', 'c']);
    expect(loaded.unreadable).toEqual([]);
    expect(listEndpoints.mock.calls).toEqual([
      [workspace, {}],
      [workspace, { pageToken: 'p2' }],
    ]);
    expect(getEndpoint.mock.calls).toEqual([
      [workspace, 'a'],
      [workspace, 'b'],
      [workspace, 'c'],
    ]);
  });

  it('reports the endpoints it could not read and keeps the others', async () => {
    const denied = new Error("Azure RBAC denied action 'read' on 'b'");
    const api = {
      listEndpoints: async () => ({ items: [summary('a'), summary('b')] }),
      getEndpoint: async (_ws: WorkspaceRef, name: string) => {
        if (name === 'b') throw denied;
        return detail(name);
      },
    } as unknown as AzureMlApi;

    const loaded = await loadEndpoints(api, workspace);

    expect(loaded.endpoints.map(e => e.name)).toEqual(['a']);
    expect(loaded.unreadable).toEqual([{ endpointName: 'b', error: denied }]);
  });

  it('throws when the endpoints cannot be listed', async () => {
    const getEndpoint = jest.fn();
    const api = {
      listEndpoints: async () => {
        throw new Error('listing denied');
      },
      getEndpoint,
    } as unknown as AzureMlApi;

    await expect(loadEndpoints(api, workspace)).rejects.toThrow(
      'listing denied',
    );
    expect(getEndpoint).not.toHaveBeenCalled();
  });

  it('stops when a page hands back a token it already gave', async () => {
    const listEndpoints = jest.fn(async () => ({
      items: [summary('a')],
      nextPageToken: 'same',
    }));
    const api = {
      listEndpoints,
      getEndpoint: async (_ws: WorkspaceRef, name: string) => detail(name),
    } as unknown as AzureMlApi;

    await loadEndpoints(api, workspace);

    expect(listEndpoints).toHaveBeenCalledTimes(2);
  });
});
