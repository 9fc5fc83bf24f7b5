/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { ServiceIdentityDispatcher } from './ServiceIdentityDispatcher';
import type { AzureMlServiceIdentityService } from './types';

/**
 * The portal's own identity in each configured tenant, for work no user is
 * present for (catalog ingestion, imports). Plugin-scoped: the backend plugin
 * and each module get one {@link ServiceIdentityDispatcher} per plugin, built
 * from `azureMl` config with the default strategies. Its factory fails at
 * startup when a configured identity cannot work (a token file that does not
 * exist, for example).
 *
 * @public
 */
export const azureMlServiceIdentityServiceRef =
  createServiceRef<AzureMlServiceIdentityService>({
    id: 'azure-ml.service-identity',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.logger,
        },
        factory({ config, logger }) {
          const dispatcher = ServiceIdentityDispatcher.fromConfig(config, {
            logger,
          });
          const problems = dispatcher.validate();
          if (problems.length > 0) {
            throw new Error(problems.map(p => p.message).join('\n'));
          }
          return dispatcher;
        },
      }),
  });
