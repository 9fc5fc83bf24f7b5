/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { AzureMlIcon } from '../components/AzureMlIcon';
import { rootRouteRef } from '../routes';

/**
 * The "Azure ML" page at `/azure-ml`, with one tab per sub-page attached to
 * it: the ML hub (`workspaces`, where `/azure-ml` leads) and the audit log
 * (`audit`). Its title and icon also make its nav item.
 *
 * @alpha
 */
export const azureMlPageExtension = PageBlueprint.make({
  params: {
    path: '/azure-ml',
    title: 'Azure ML',
    icon: <AzureMlIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
  },
});
