/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Page } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi, AzureMlPageRequest } from '../../api';
import { fetchPages } from '../../hooks/fetchPages';
import { useAzureMlData } from '../../hooks/useAzureMlData';

/**
 * The most pages a picker loads: a picker has no "Load more", so it loads
 * the list up front, but not without end.
 *
 * @internal
 */
export const MAX_PICKER_PAGES = 10;

/**
 * The items a picker offers, as loaded.
 *
 * @internal
 */
export interface PickerItems<T> {
  items: T[];
  /** Whether the list is loading. */
  loading: boolean;
  /** Why the list could not be loaded. */
  error?: Error;
  /** Whether the list has more than {@link MAX_PICKER_PAGES} pages, of which only those are offered. */
  truncated: boolean;
  /** Loads the list again. */
  retry(): void;
}

/**
 * Loads every page of a list for a picker, up to {@link MAX_PICKER_PAGES},
 * again whenever `key` changes; nothing while `enabled` is false (a
 * dependent picker before a workspace is picked).
 *
 * @param list - Gets one page; called with the previous page's token.
 * @param key - What the list depends on, compared by its JSON form.
 * @internal
 */
export function usePickerItems<T>(
  list: (api: AzureMlApi, request: AzureMlPageRequest) => Promise<Page<T>>,
  key: unknown[],
  enabled: boolean = true,
): PickerItems<T> {
  const state = useAzureMlData<Page<T>[]>(
    api =>
      enabled
        ? fetchPages(request => list(api, request), MAX_PICKER_PAGES)
        : Promise.resolve([]),
    [enabled, ...key],
  );
  const pages = state.status === 'loaded' ? state.value : [];
  return {
    items: pages.flatMap(page => page.items),
    loading: enabled && state.status === 'loading',
    error: state.status === 'failed' ? state.error : undefined,
    truncated: Boolean(pages[pages.length - 1]?.nextPageToken),
    retry: state.reload,
  };
}
