/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlServiceIdentityServiceRef } from '@azure-ml-backstage/plugin-azure-ml-node';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AzureMlEntityProvider } from './provider';

/**
 * The catalog module that ingests Azure Machine Learning assets: one
 * {@link AzureMlEntityProvider} per id under `catalog.providers.azureMl`.
 *
 * @public
 */
export const catalogModuleAzureMl = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'azure-ml',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        serviceIdentity: azureMlServiceIdentityServiceRef,
      },
      async init({ catalog, config, logger, scheduler, serviceIdentity }) {
        catalog.addEntityProvider(
          AzureMlEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            serviceIdentity,
          }),
        );
      },
    });
  },
});
