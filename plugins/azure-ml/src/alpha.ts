/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlFrontendPlugin } from './alpha/index';

/**
 * The Azure ML plugin for the new frontend system: the `azureMlApiRef`
 * implementation and the "Azure ML" page at `/azure-ml` with its nav item.
 * Apps that discover plugins (`app.packages: all`) pick it up from this
 * default export.
 *
 * @alpha
 */
export default azureMlFrontendPlugin;
