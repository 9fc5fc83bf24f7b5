/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isAzureMlAvailable } from '../entity';
import { entityContentRouteRef } from '../routes';

/**
 * The "Azure ML" tab of entity pages, at `azure-ml` under the entity, for
 * entities that belong to an Azure ML workspace (see
 * {@link isAzureMlAvailable}): the jobs of the workspace.
 *
 * @alpha
 */
export const azureMlEntityContentExtension = EntityContentBlueprint.make({
  params: {
    path: 'azure-ml',
    title: 'Azure ML',
    routeRef: convertLegacyRouteRef(entityContentRouteRef),
    filter: isAzureMlAvailable,
    loader: () =>
      import('../components/AzureMlEntityContent').then(m => (
        <m.AzureMlEntityContent />
      )),
  },
});
