/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { azureMlApiFactory } from './api';
import { entityContentRouteRef, rootRouteRef } from './routes';

/**
 * The Azure ML plugin for the legacy frontend system. It provides the
 * `azureMlApiRef` implementation; apps on the new frontend system use the
 * default export of `@azure-ml-backstage/plugin-azure-ml/alpha` instead.
 *
 * @public
 */
export const azureMlPlugin = createPlugin({
  id: 'azure-ml',
  apis: [azureMlApiFactory],
  routes: {
    root: rootRouteRef,
    entityContent: entityContentRouteRef,
  },
});

/**
 * The Azure ML hub page of the legacy frontend system: every workspace the
 * user can see, with job counts and endpoint health, and the user's Azure
 * identity; mount it with
 * `<Route path="/azure-ml" element={<AzureMlHubPage />} />`.
 *
 * @public
 */
export const AzureMlHubPage: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'AzureMlHubPage',
    component: () =>
      import('./components/LegacyHubPage').then(m => m.LegacyHubPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The "Azure ML" entity tab of the legacy frontend system: the jobs of the
 * entity's Azure ML workspace. Show it for the entities
 * {@link isAzureMlAvailable} accepts:
 * `<EntityLayout.Route path="/azure-ml" title="Azure ML" if={isAzureMlAvailable}><EntityAzureMlContent /></EntityLayout.Route>`.
 *
 * @public
 */
export const EntityAzureMlContent: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'EntityAzureMlContent',
    component: () =>
      import('./components/AzureMlEntityContent').then(
        m => m.AzureMlEntityContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);
