/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  AzureMlOnlineEndpointSummary,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef } from '../../api';

/**
 * The online endpoints of a workspace as loaded so far.
 *
 * @internal
 */
export interface EndpointListState {
  /** The endpoints of every page loaded so far. */
  endpoints: AzureMlOnlineEndpointSummary[];
  /** Whether the first page is loading (nothing to show yet). */
  loading: boolean;
  /** Whether the next page is loading. */
  loadingMore: boolean;
  /** Whether there is a next page. */
  hasMore: boolean;
  /** Why the last request failed, if it did. */
  error?: Error;
  /** Loads the next page and appends its endpoints. */
  loadMore(): void;
  /** Loads the list again from its first page. */
  retry(): void;
}

interface PagesState {
  pages: Page<AzureMlOnlineEndpointSummary>[];
  loading: boolean;
  loadingMore: boolean;
  error?: Error;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Loads the online endpoints of a workspace, page by page.
 *
 * @internal
 */
export function useEndpointList(workspace: WorkspaceRef): EndpointListState {
  const api = useApi(azureMlApiRef);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PagesState>({
    pages: [],
    loading: true,
    loadingMore: false,
  });
  // Answers to an earlier workspace or attempt are dropped.
  const generation = useRef(0);
  const current = useRef(workspace);
  current.current = workspace;
  const key = JSON.stringify(workspace);

  useEffect(() => {
    const mine = ++generation.current;
    setState({ pages: [], loading: true, loadingMore: false });
    api
      .listEndpoints(current.current)
      .then(
        page => ({ pages: [page] }),
        error => ({ pages: [], error: asError(error) }),
      )
      .then(result => {
        if (generation.current === mine) {
          setState({ ...result, loading: false, loadingMore: false });
        }
      });
    return () => {
      generation.current += 1;
    };
  }, [api, key, attempt]);

  const nextPageToken = state.pages[state.pages.length - 1]?.nextPageToken;

  const loadMore = useCallback(() => {
    if (!nextPageToken) return;
    const mine = generation.current;
    setState(s => ({ ...s, loadingMore: true, error: undefined }));
    api.listEndpoints(current.current, { pageToken: nextPageToken }).then(
      page => {
        if (generation.current === mine) {
          setState(s => ({
            ...s,
            pages: [...s.pages, page],
            loadingMore: false,
          }));
        }
      },
      error => {
        if (generation.current === mine) {
          setState(s => ({ ...s, loadingMore: false, error: asError(error) }));
        }
      },
    );
  }, [api, nextPageToken]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);

  return {
    endpoints: state.pages.flatMap(page => page.items),
    loading: state.loading,
    loadingMore: state.loadingMore,
    hasMore: Boolean(nextPageToken),
    error: state.error,
    loadMore,
    retry,
  };
}
