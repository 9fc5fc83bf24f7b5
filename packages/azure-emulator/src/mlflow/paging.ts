/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { invalidParameter } from './mlflowErrors';

/** A page of results and the token for the next, as MLflow's searches answer. */
export type Page<T> = { items: T[]; nextPageToken?: string };

/** MLflow's page token: base64 of `{"offset": n}`. */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

export function decodePageToken(token: string | undefined): number {
  if (!token) return 0;
  let offset: unknown;
  try {
    offset = JSON.parse(Buffer.from(token, 'base64').toString('utf8')).offset;
  } catch {
    throw invalidParameter(
      `Invalid page token '${token}': it could not be decoded.`,
    );
  }
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw invalidParameter(
      `Invalid page token '${token}': it names no valid offset.`,
    );
  }
  return offset;
}

export function pageOf<T>(
  items: T[],
  maxResults: number,
  pageToken: string | undefined,
): Page<T> {
  const offset = decodePageToken(pageToken);
  const end = offset + maxResults;
  return {
    items: items.slice(offset, end),
    nextPageToken: end < items.length ? encodePageToken(end) : undefined,
  };
}

/** A page as MLflow answers it: the items under `key`, then `next_page_token`. */
export function pageResponse<K extends string, T>(
  key: K,
  page: Page<T>,
): Record<K, T[]> & { next_page_token?: string } {
  return {
    [key]: page.items,
    ...(page.nextPageToken && { next_page_token: page.nextPageToken }),
  } as Record<K, T[]> & { next_page_token?: string };
}
