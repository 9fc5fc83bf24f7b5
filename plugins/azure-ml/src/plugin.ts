/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { azureMlApiFactory } from './api';
import { rootRouteRef } from './routes';

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
  },
});

/**
 * The Azure ML page of the legacy frontend system, showing the signed-in
 * user's Azure identity; mount it with
 * `<Route path="/azure-ml" element={<AzureMlIdentityPage />} />`.
 *
 * @public
 */
export const AzureMlIdentityPage: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'AzureMlIdentityPage',
    component: () =>
      import('./components/IdentityPage').then(m => m.IdentityPage),
    mountPoint: rootRouteRef,
  }),
);
