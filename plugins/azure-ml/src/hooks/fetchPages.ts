/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Page } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlPageRequest } from '../api';

/**
 * Fetches the pages of a list in order, each with the previous page's
 * `nextPageToken`, until there are `count` pages or the list ends.
 *
 * @param getPage - Gets one page; the first when the request has no token.
 * @param count - How many pages to have at most.
 * @param loaded - The first pages, already fetched, to continue from.
 * @param onPage - Told the pages so far after each page fetched.
 * @internal
 */
export async function fetchPages<T>(
  getPage: (request: AzureMlPageRequest) => Promise<Page<T>>,
  count: number,
  loaded: Page<T>[] = [],
  onPage?: (pages: Page<T>[]) => void,
): Promise<Page<T>[]> {
  const pages = [...loaded];
  while (pages.length < count) {
    const pageToken = pages[pages.length - 1]?.nextPageToken;
    if (pages.length > 0 && !pageToken) break;
    pages.push(await getPage(pageToken ? { pageToken } : {}));
    onPage?.([...pages]);
  }
  return pages;
}
