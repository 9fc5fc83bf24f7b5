/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
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
import type { ProjectRoleDefinitions } from './types';

const viewer = azureMlPermissions
  .filter(permission => permission.attributes.action === 'read')
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
];

/**
 * The roles used when `azureMl.projectRoles.roles` is left out:
 *
 * - `viewer`: every Azure ML read permission (workspaces, jobs, models,
 *   endpoints, data, environments, computes, own identity, audit log);
 * - `developer`: viewer, plus submitting and cancelling jobs and registering
 *   data, models and environments;
 * - `maintainer`: developer, plus creating deployments, shifting endpoint
 *   traffic and federating a managed identity for CI.
 *
 * @public
 */
export const defaultProjectRoles: ProjectRoleDefinitions = Object.freeze({
  viewer: Object.freeze(viewer),
  developer: Object.freeze(developer),
  maintainer: Object.freeze(maintainer),
});
