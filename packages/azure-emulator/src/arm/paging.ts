/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { ArmError } from '../server/errors';

/** How many items an ARM list page holds unless `$top` asks for fewer. */
export const DEFAULT_PAGE_SIZE = 20;

function decodeSkipToken(token: string): number {
  const offset = Number(Buffer.from(token, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ArmError(
      400,
      'InvalidSkipToken',
      `The skip token '${token}' is not valid.`,
    );
  }
  return offset;
}

/**
 * One page of an ARM list: `{ value, nextLink? }`, where `nextLink` is the
 * same absolute URL with an opaque `$skipToken`, as ARM pages.
 */
export function armPage<T>(
  ctx: EmulatorContext,
  req: Request,
  items: T[],
  pageSize = DEFAULT_PAGE_SIZE,
): { value: T[]; nextLink?: string } {
  const token = req.query.$skipToken;
  const offset =
    typeof token === 'string' && token ? decodeSkipToken(token) : 0;
  const top = Number(req.query.$top);
  const size =
    Number.isInteger(top) && top > 0 ? Math.min(top, pageSize) : pageSize;
  const value = items.slice(offset, offset + size);
  if (offset + size >= items.length) return { value };
  const url = new URL(`${ctx.urls.https}${req.originalUrl}`);
  url.searchParams.set(
    '$skipToken',
    Buffer.from(String(offset + size)).toString('base64url'),
  );
  return { value, nextLink: url.toString() };
}
