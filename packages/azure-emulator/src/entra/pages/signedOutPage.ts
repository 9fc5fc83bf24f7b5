/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { htmlPage } from './html';

/** Shown after logout when no `post_logout_redirect_uri` was given. */
export function signedOutPage(): string {
  return htmlPage(
    'Signed out',
    `<h1>You signed out of your account</h1>
<p>It's a good idea to close all browser windows.</p>`,
  );
}
