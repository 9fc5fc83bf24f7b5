/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { SubPageBlueprint } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { accessMapRouteRef } from '../routes';

/**
 * The "Who can do what" tab of the Azure ML page, at
 * `/azure-ml/access-map?workspace=<ARM id>`: for one workspace, each person
 * and group with their project role, the portal features it allows, their
 * Azure role assignments, and where the two disagree. Disable
 * `sub-page:azure-ml/access-map` in `app.extensions` to hide it.
 *
 * @alpha
 */
export const azureMlAccessMapSubPageExtension = SubPageBlueprint.make({
  name: 'access-map',
  params: {
    path: 'access-map',
    title: 'Who can do what',
    routeRef: convertLegacyRouteRef(accessMapRouteRef),
    loader: () =>
      import('../components/AccessMapPage').then(m => <m.AccessMapPage />),
  },
});
