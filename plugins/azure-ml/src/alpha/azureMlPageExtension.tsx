/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Content } from '@backstage/core-components';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { AzureMlIcon } from '../components/AzureMlIcon';
import { rootRouteRef } from '../routes';

/**
 * The "Azure ML" page at `/azure-ml`, showing the signed-in user's Azure
 * identity. Its title and icon also make its nav item.
 *
 * @alpha
 */
export const azureMlPageExtension = PageBlueprint.make({
  params: {
    path: '/azure-ml',
    title: 'Azure ML',
    icon: <AzureMlIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/IdentityCard').then(m => (
        <Content>
          <m.IdentityCard />
        </Content>
      )),
  },
});
