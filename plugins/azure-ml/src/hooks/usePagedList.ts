/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useRef, useState } from 'react';
import type { Page } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi, AzureMlPageRequest } from '../api';
import { fetchPages } from './fetchPages';
import { useAzureMlData } from './useAzureMlData';

/**
 * A list loaded page by page, as loaded so far.
 *
 * @internal
 */
export interface PagedListState<T> {
  /** The items of every page loaded so far. */
  items: T[];
  /** Whether the first page is loading (nothing to show yet). */
  loading: boolean;
  /** Whether the next page is loading. */
  loadingMore: boolean;
  /** Whether there is a next page. */
  hasMore: boolean;
  /** Why the last request failed, if it did. */
  error?: Error;
  /** Loads the next page and appends its items. */
  loadMore(): void;
  /** Tries the failed request again. */
  retry(): void;
}

interface LoadedPages<T> {
  keyText: string;
  pages: Page<T>[];
}

/**
 * Loads a list from the Azure ML API page by page: the first page whenever
 * `key` changes, the next one on `loadMore()`. Pages already loaded are kept
 * and not fetched again.
 *
 * @param list - Gets one page; called with the previous page's token.
 * @param key - What the list depends on, compared by its JSON form.
 * @internal
 */
export function usePagedList<T>(
  list: (api: AzureMlApi, request: AzureMlPageRequest) => Promise<Page<T>>,
  key: unknown[],
): PagedListState<T> {
  const keyText = JSON.stringify(key);
  const [wanted, setWanted] = useState({ keyText, count: 1 });
  const count = wanted.keyText === keyText ? wanted.count : 1;
  // The pages fetched so far, kept across loads so "Load more" only fetches
  // the next page.
  const fetched = useRef<LoadedPages<T>>({ keyText, pages: [] });

  const state = useAzureMlData(
    async api => {
      const kept =
        fetched.current.keyText === keyText
          ? fetched.current.pages.slice(0, count)
          : [];
      const pages = await fetchPages(
        request => list(api, request),
        count,
        kept,
        soFar => {
          fetched.current = { keyText, pages: soFar };
        },
      );
      return { keyText, pages };
    },
    [keyText, count],
  );

  // While another key loads, the previous key's pages are not shown.
  const pages = state.value?.keyText === keyText ? state.value.pages : [];
  const loading = state.status === 'loading';
  const nextPageToken = pages[pages.length - 1]?.nextPageToken;
  const { reload } = state;

  const loadMore = useCallback(() => {
    if (pages.length + 1 === count) {
      // The last "Load more" failed: the same request again.
      reload();
    } else {
      setWanted({ keyText, count: pages.length + 1 });
    }
  }, [pages.length, count, keyText, reload]);

  return {
    items: pages.flatMap(page => page.items),
    loading: loading && pages.length === 0,
    loadingMore: loading && pages.length > 0,
    hasMore: Boolean(nextPageToken),
    error: state.status === 'failed' ? state.error : undefined,
    loadMore,
    retry: reload,
  };
}
