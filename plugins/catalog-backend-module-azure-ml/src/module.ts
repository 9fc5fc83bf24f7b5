/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createBackendModule } from '@backstage/backend-plugin-api';

/**
 * The catalog module that ingests Azure Machine Learning assets.
 *
 * @public
 */
export const catalogModuleAzureMl = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'azure-ml',
  register(reg) {
    reg.registerInit({
      deps: {},
      async init() {},
    });
  },
});
