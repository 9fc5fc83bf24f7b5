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
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { AuditEventsClient } from './audit';
import { AzureMlEntityProvider } from './provider';

/**
 * The catalog module that ingests Azure Machine Learning assets: one
 * {@link AzureMlEntityProvider} per id under `catalog.providers.azureMl`.
 * Each run is recorded as a `catalog.refresh` event in the Azure ML backend
 * plugin's audit log. A workspace whose assets changed (an
 * `azure-ml.workspace-assets-changed` event) is re-read at once.
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
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        events: eventsServiceRef,
      },
      async init({
        catalog,
        config,
        logger,
        scheduler,
        serviceIdentity,
        ...deps
      }) {
        catalog.addEntityProvider(
          AzureMlEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            serviceIdentity,
            events: deps.events,
            auditEvents: new AuditEventsClient({
              discovery: deps.discovery,
              auth: deps.auth,
              logger,
            }),
          }),
        );
      },
    });
  },
});
