/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { AzureMlIcon } from '../components/AzureMlIcon';
import { rootRouteRef } from '../routes';

/**
 * The "Azure ML" page at `/azure-ml`: the ML hub of every workspace the
 * user can see, and the user's Azure identity. Its title and icon also make its nav item.
 *
 * @alpha
 */
export const azureMlPageExtension = PageBlueprint.make({
  params: {
    path: '/azure-ml',
    title: 'Azure ML',
    icon: <AzureMlIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () => import('../components/MlHubPage').then(m => <m.MlHubPage />),
  },
});
