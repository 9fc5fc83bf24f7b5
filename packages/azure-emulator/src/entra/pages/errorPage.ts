/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import { entraTimestamp, type EntraError } from '../EntraError';
import { escapeHtml, htmlPage } from './html';

/**
 * What Entra shows instead of redirecting when the client or its redirect
 * URI cannot be trusted: the AADSTS code and message, for a person to read.
 */
export function errorPage(error: EntraError, nowMs: number): string {
  return htmlPage(
    'Sign in: something went wrong',
    `<h1>Sorry, but we're having trouble signing you in.</h1>
<section class="error" role="alert">
<p><strong>AADSTS${error.code}</strong>: ${escapeHtml(error.message)}</p>
</section>
<dl>
<dt>Error</dt><dd><code>${escapeHtml(error.error)}</code></dd>
<dt>Request Id</dt><dd><code>${randomUUID()}</code></dd>
<dt>Timestamp</dt><dd>${entraTimestamp(nowMs)}</dd>
</dl>`,
  );
}
