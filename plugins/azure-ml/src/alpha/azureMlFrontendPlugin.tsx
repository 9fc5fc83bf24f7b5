/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { AzureMlIcon } from '../components/AzureMlIcon';
import { auditRouteRef, entityContentRouteRef, rootRouteRef } from '../routes';
import { accessDoctorRouteRef } from '../routes';
import { accessMapRouteRef } from '../routes';
import { azureMlAccessDoctorSubPageExtension } from './azureMlAccessDoctorSubPageExtension';
import { azureMlAccessMapSubPageExtension } from './azureMlAccessMapSubPageExtension';
import { azureMlActivityCardExtension } from './azureMlActivityCardExtension';
import { azureMlApiExtension } from './azureMlApiExtension';
import { azureMlAuditSubPageExtension } from './azureMlAuditSubPageExtension';
import { azureMlEntityContentExtension } from './azureMlEntityContentExtension';
import { azureMlHubSubPageExtension } from './azureMlHubSubPageExtension';
import { azureMlPageExtension } from './azureMlPageExtension';
import {
  azureMlComputePickerFormField,
  azureMlDataAssetPickerFormField,
  azureMlEndpointPickerFormField,
  azureMlEnvironmentPickerFormField,
  azureMlModelVersionPickerFormField,
  azureMlWorkspacePickerFormField,
} from '../scaffolder/formFieldExtensions';

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
    audit: convertLegacyRouteRef(auditRouteRef),
    accessDoctor: convertLegacyRouteRef(accessDoctorRouteRef),
    accessMap: convertLegacyRouteRef(accessMapRouteRef),
  },
  extensions: [
    azureMlApiExtension,
    azureMlPageExtension,
    // The first sub-page is the one /azure-ml leads to.
    azureMlHubSubPageExtension,
    azureMlAuditSubPageExtension,
    azureMlAccessDoctorSubPageExtension,
    azureMlAccessMapSubPageExtension,
    azureMlEntityContentExtension,
    azureMlActivityCardExtension,
    // Software template fields, for the scaffolder's forms.
    azureMlWorkspacePickerFormField,
    azureMlComputePickerFormField,
    azureMlEnvironmentPickerFormField,
    azureMlDataAssetPickerFormField,
    azureMlEndpointPickerFormField,
    azureMlModelVersionPickerFormField,
  ],
});
