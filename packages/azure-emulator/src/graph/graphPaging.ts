/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { GraphError } from './graphErrors';

/** How many objects a page holds unless `$top` says otherwise. */
export const DEFAULT_PAGE_SIZE = 100;

const TOKEN_PREFIX = 'emulator-offset:';

function encodeSkipToken(offset: number): string {
  return Buffer.from(`${TOKEN_PREFIX}${offset}`).toString('base64url');
}

function decodeSkipToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const offset = Number(text.slice(TOKEN_PREFIX.length));
  if (
    !text.startsWith(TOKEN_PREFIX) ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    throw new GraphError(
      400,
      'Directory_ExpiredPageToken',
      'The specified page token value has expired and can no longer be included in your request.',
    );
  }
  return offset;
}

/**
 * The same request for the next page: every option kept as sent, with a new
 * `$skiptoken`, absolute on the emulator's https address like Graph's.
 */
function nextLink(ctx: EmulatorContext, req: Request, offset: number): string {
  const [path, query = ''] = req.originalUrl.split('?');
  const kept = query
    .split('&')
    .filter(part => part && !/^(\$|%24)skiptoken=/i.test(part));
  kept.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${ctx.urls.https}${path}?${kept.join('&')}`;
}

/** One page of `items` and the link to the next, if there is one. */
export function graphPage<T>(
  ctx: EmulatorContext,
  req: Request,
  items: T[],
  options: { top?: number; skipToken?: string },
): { items: T[]; nextLink?: string } {
  const offset = decodeSkipToken(options.skipToken);
  const end = offset + (options.top ?? DEFAULT_PAGE_SIZE);
  return {
    items: items.slice(offset, end),
    nextLink: end < items.length ? nextLink(ctx, req, end) : undefined,
  };
}
