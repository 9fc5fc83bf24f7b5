/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createApp } from '@backstage/frontend-defaults';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The portal on the new frontend system. Plugins listed in package.json are
 * discovered through `app.packages: all` in app-config.yaml.
 */
export default createApp({
  features: [navModule, signInModule],
});
