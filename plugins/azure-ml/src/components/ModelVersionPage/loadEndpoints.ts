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

/**
 * The online endpoints of a workspace with their deployments, and those
 * whose deployments could not be read.
 *
 * @internal
 */
export interface LoadedEndpoints {
  /** The endpoints read, with their deployments. */
  endpoints: AzureMlOnlineEndpoint[];
  /** The endpoints listed whose details could not be read, and why. */
  unreadable: { endpointName: string; error: Error }[];
}

async function listAllEndpoints(
  api: AzureMlApi,
  workspace: WorkspaceRef,
): Promise<AzureMlOnlineEndpointSummary[]> {
  const endpoints: AzureMlOnlineEndpointSummary[] = [];
  const seenTokens = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = await api.listEndpoints(
      workspace,
      pageToken ? { pageToken } : {},
    );
    endpoints.push(...page.items);
    pageToken = page.nextPageToken;
    // A token seen before would loop forever.
    if (pageToken && seenTokens.has(pageToken)) break;
    if (pageToken) seenTokens.add(pageToken);
  } while (pageToken);
  return endpoints;
}

/**
 * Lists every online endpoint of a workspace (all pages), then gets each
 * one's deployments. Listing failures are thrown; an endpoint that cannot be
 * read is reported in `unreadable` so the others still count.
 *
 * @internal
 */
export async function loadEndpoints(
  api: AzureMlApi,
  workspace: WorkspaceRef,
): Promise<LoadedEndpoints> {
  const summaries = await listAllEndpoints(api, workspace);
  const results = await Promise.allSettled(
    summaries.map(summary => api.getEndpoint(workspace, summary.name)),
  );
  const loaded: LoadedEndpoints = { endpoints: [], unreadable: [] };
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      loaded.endpoints.push(result.value);
    } else {
      const reason: unknown = result.reason;
      loaded.unreadable.push({
        endpointName: summaries[index].name,
        error: reason instanceof Error ? reason : new Error(String(reason)),
      });
    }
  });
  return loaded;
}
