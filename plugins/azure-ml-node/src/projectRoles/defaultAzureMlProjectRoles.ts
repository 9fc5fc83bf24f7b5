/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlAccessDiagnoseOthersPermission,
  azureMlDataRegisterPermission,
  azureMlEndpointDeploymentCreatePermission,
  azureMlEndpointTrafficUpdatePermission,
  azureMlEnvironmentCreatePermission,
  azureMlIdentityFederatePermission,
  azureMlJobCancelPermission,
  azureMlJobSubmitPermission,
  azureMlModelRegisterPermission,
  azureMlPermissions,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlProjectRoleDefinitions } from './types';

// Running the access doctor for someone else is a read, but an
// administrator's one: it comes with maintainer, not with every reader.
const viewer = azureMlPermissions
  .filter(
    permission =>
      permission.attributes.action === 'read' &&
      permission.name !== azureMlAccessDiagnoseOthersPermission.name,
  )
  .map(permission => permission.name);

const developer = [
  ...viewer,
  azureMlJobSubmitPermission.name,
  azureMlJobCancelPermission.name,
  azureMlDataRegisterPermission.name,
  azureMlModelRegisterPermission.name,
  azureMlEnvironmentCreatePermission.name,
];

// azureMl.audit.read is a read permission, so it already comes with viewer.
const maintainer = [
  ...developer,
  azureMlEndpointTrafficUpdatePermission.name,
  azureMlEndpointDeploymentCreatePermission.name,
  azureMlIdentityFederatePermission.name,
  azureMlAccessDiagnoseOthersPermission.name,
];

/**
 * The roles used when `azureMl.projectRoles.roles` is left out:
 *
 * - `viewer`: every Azure ML read permission (workspaces, jobs, models,
 *   endpoints, data, environments, computes, own identity, audit log),
 *   except running the access doctor for others;
 * - `developer`: viewer, plus submitting and cancelling jobs and registering
 *   data, models and environments;
 * - `maintainer`: developer, plus creating deployments, shifting endpoint
 *   traffic, federating a managed identity for CI and running the access
 *   doctor for other users and the service identity.
 *
 * @public
 */
export const defaultAzureMlProjectRoles: AzureMlProjectRoleDefinitions =
  Object.freeze({
    viewer: Object.freeze(viewer),
    developer: Object.freeze(developer),
    maintainer: Object.freeze(maintainer),
  });
