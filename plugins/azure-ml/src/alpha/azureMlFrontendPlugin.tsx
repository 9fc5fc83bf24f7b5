/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { AzureMlIcon } from '../components/AzureMlIcon';
import { entityContentRouteRef, rootRouteRef } from '../routes';
import { azureMlApiExtension } from './azureMlApiExtension';
import { azureMlEntityContentExtension } from './azureMlEntityContentExtension';
import { azureMlPageExtension } from './azureMlPageExtension';

/**
 * The Azure ML plugin for the new frontend system.
 *
 * @alpha
 */
export const azureMlFrontendPlugin = createFrontendPlugin({
  pluginId: 'azure-ml',
  title: 'Azure ML',
  icon: <AzureMlIcon />,
  info: { packageJson: () => import('../../package.json') },
  routes: {
    root: convertLegacyRouteRef(rootRouteRef),
    entityContent: convertLegacyRouteRef(entityContentRouteRef),
  },
  extensions: [
    azureMlApiExtension,
    azureMlPageExtension,
    azureMlEntityContentExtension,
  ],
});
