/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  isTerminalJobStatus,
  type AzureMlJob,
  type AzureMlJobFilter,
  type Page,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef } from '../api';
import { fetchPages } from './fetchPages';
import type { PagedListState } from './usePagedList';

/**
 * How often the job list is fetched again while a listed job is still
 * running.
 *
 * @internal
 */
export const JOBS_REFRESH_INTERVAL_MS = 10_000;

/**
 * The job list of a workspace as loaded so far, newest first; `retry()`
 * loads it again from its first page.
 *
 * @internal
 */
export type JobsState = PagedListState<AzureMlJob>;

interface PagesState {
  pages: Page<AzureMlJob>[];
  loading: boolean;
  loadingMore: boolean;
  error?: Error;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Loads the jobs of a workspace that match a filter, page by page. While any
 * loaded job is not in a terminal status, the loaded pages are fetched again
 * every {@link JOBS_REFRESH_INTERVAL_MS}; this stops once every job is
 * terminal, or the component unmounts.
 *
 * @internal
 */
export function useJobs(
  workspace: WorkspaceRef,
  filter: AzureMlJobFilter,
): JobsState {
  const api = useApi(azureMlApiRef);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PagesState>({
    pages: [],
    loading: true,
    loadingMore: false,
  });
  // Answers to an earlier workspace, filter or attempt are dropped.
  const generation = useRef(0);
  const query = useRef({ workspace, filter });
  const key = JSON.stringify([workspace, filter]);

  useEffect(() => {
    const current = ++generation.current;
    const [keyWorkspace, keyFilter] = JSON.parse(key);
    query.current = { workspace: keyWorkspace, filter: keyFilter };
    setState({ pages: [], loading: true, loadingMore: false });
    api
      .listJobs(query.current.workspace, query.current.filter)
      .then(
        page => ({ pages: [page] }),
        error => ({ pages: [], error: asError(error) }),
      )
      .then(result => {
        if (generation.current === current) {
          setState({ ...result, loading: false, loadingMore: false });
        }
      });
    return () => {
      generation.current += 1;
    };
  }, [api, key, attempt]);

  const pageCount = state.pages.length;
  const running =
    !state.loading &&
    !state.loadingMore &&
    state.pages.some(page =>
      page.items.some(job => !isTerminalJobStatus(job.status)),
    );

  useEffect(() => {
    if (!running) {
      return undefined;
    }
    const current = generation.current;
    const timer = setTimeout(() => {
      // The loaded pages again, following the fresh tokens.
      fetchPages(
        request =>
          api.listJobs(query.current.workspace, {
            ...query.current.filter,
            ...request,
          }),
        pageCount,
      ).then(
        pages => {
          if (generation.current === current) {
            setState(s =>
              s.loadingMore ? s : { ...s, pages, error: undefined },
            );
          }
        },
        error => {
          if (generation.current === current) {
            setState(s => ({ ...s, error: asError(error) }));
          }
        },
      );
    }, JOBS_REFRESH_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [api, running, pageCount, state]);

  const nextPageToken = state.pages[state.pages.length - 1]?.nextPageToken;

  const loadMore = useCallback(() => {
    if (!nextPageToken) {
      return;
    }
    const current = generation.current;
    setState(s => ({ ...s, loadingMore: true, error: undefined }));
    api
      .listJobs(query.current.workspace, {
        ...query.current.filter,
        pageToken: nextPageToken,
      })
      .then(
        page => {
          if (generation.current === current) {
            setState(s => ({
              ...s,
              pages: [...s.pages, page],
              loadingMore: false,
            }));
          }
        },
        error => {
          if (generation.current === current) {
            setState(s => ({
              ...s,
              loadingMore: false,
              error: asError(error),
            }));
          }
        },
      );
  }, [api, nextPageToken]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);

  return {
    items: state.pages.flatMap(page => page.items),
    loading: state.loading,
    loadingMore: state.loadingMore,
    hasMore: Boolean(nextPageToken),
    error: state.error,
    loadMore,
    retry,
  };
}
