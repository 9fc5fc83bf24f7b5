/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { MicrosoftSignInPage } from './MicrosoftSignInPage';

/**
 * Replaces the app's default (guest) sign-in page with Microsoft sign-in.
 *
 * @public
 */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [MicrosoftSignInPage],
});

export { MicrosoftSignInPage } from './MicrosoftSignInPage';
