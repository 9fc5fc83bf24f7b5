/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { escapeHtml, hiddenFields, htmlPage } from './html';

/** `response_mode=form_post`: a page that posts the answer to the redirect URI. */
export function formPostPage(
  redirectUri: string,
  fields: Record<string, string>,
  scriptNonce: string,
): string {
  return htmlPage(
    'Working...',
    `<form method="post" action="${escapeHtml(redirectUri)}">
${hiddenFields(fields)}
<noscript><p>Script is disabled. Press Continue.</p><button type="submit">Continue</button></noscript>
</form>
<script nonce="${scriptNonce}">document.forms[0].submit();</script>`,
  );
}
