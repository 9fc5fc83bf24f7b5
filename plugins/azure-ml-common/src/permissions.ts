/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows reading Azure Machine Learning workspaces and their overview.
 *
 * @public
 */
export const azureMlWorkspaceReadPermission = createPermission({
  name: 'azureMl.workspace.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading experiments, jobs and their metrics.
 *
 * @public
 */
export const azureMlJobReadPermission = createPermission({
  name: 'azureMl.job.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading registered models, their versions and lineage.
 *
 * @public
 */
export const azureMlModelReadPermission = createPermission({
  name: 'azureMl.model.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading online endpoints, their deployments and traffic.
 *
 * @public
 */
export const azureMlEndpointReadPermission = createPermission({
  name: 'azureMl.endpoint.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading data assets and their versions.
 *
 * @public
 */
export const azureMlDataReadPermission = createPermission({
  name: 'azureMl.data.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading environments (the images and conda files jobs run in) and
 * their versions.
 *
 * @public
 */
export const azureMlEnvironmentReadPermission = createPermission({
  name: 'azureMl.environment.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading compute clusters and instances.
 *
 * @public
 */
export const azureMlComputeReadPermission = createPermission({
  name: 'azureMl.compute.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading the caller's own Azure identity context (tenant, object id,
 * identity mode, scopes), never a token.
 *
 * @public
 */
export const azureMlIdentityReadPermission = createPermission({
  name: 'azureMl.identity.read',
  attributes: { action: 'read' },
});

/**
 * Allows reading the central audit log of model and pipeline actions.
 *
 * @public
 */
export const azureMlAuditReadPermission = createPermission({
  name: 'azureMl.audit.read',
  attributes: { action: 'read' },
});

/**
 * Allows running the access doctor for another user or for the portal's
 * service identity (an administrator's permission); everyone may run it for
 * themselves.
 *
 * @public
 */
export const azureMlAccessDiagnoseOthersPermission = createPermission({
  name: 'azureMl.access.diagnose.others',
  attributes: { action: 'read' },
});

/**
 * Allows cancelling a job. Authorized against the catalog entity of the
 * workspace, so policies can limit it to the workspace's owners.
 *
 * @public
 */
export const azureMlJobCancelPermission = createPermission({
  name: 'azureMl.job.cancel',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows submitting a job. Authorized against the catalog entity of the
 * workspace, so policies can limit it to the workspace's owners.
 *
 * @public
 */
export const azureMlJobSubmitPermission = createPermission({
  name: 'azureMl.job.submit',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows changing how an online endpoint splits traffic between its
 * deployments. Authorized against the catalog entity of the endpoint, so
 * policies can limit it to the endpoint's owners.
 *
 * @public
 */
export const azureMlEndpointTrafficUpdatePermission = createPermission({
  name: 'azureMl.endpoint.traffic.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows adding a deployment to an online endpoint (at no traffic; moving
 * traffic to it is `azureMl.endpoint.traffic.update`). Authorized against
 * the catalog entity of the endpoint, so policies can limit it to the
 * endpoint's owners.
 *
 * @public
 */
export const azureMlEndpointDeploymentCreatePermission = createPermission({
  name: 'azureMl.endpoint.deployment.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows registering a model version. Authorized against the catalog entity
 * of the workspace or model, so policies can limit it to its owners.
 *
 * @public
 */
export const azureMlModelRegisterPermission = createPermission({
  name: 'azureMl.model.register',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows registering a data asset version. Authorized against the catalog
 * entity of the workspace, so policies can limit it to its owners.
 *
 * @public
 */
export const azureMlDataRegisterPermission = createPermission({
  name: 'azureMl.data.register',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows creating an environment version. Authorized against the catalog
 * entity of the workspace, so policies can limit it to its owners.
 *
 * @public
 */
export const azureMlEnvironmentCreatePermission = createPermission({
  name: 'azureMl.environment.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Allows adding a federated identity credential to a user-assigned managed
 * identity, so that a repository's CI (for example GitHub Actions) can sign
 * in as that identity with OIDC and no stored secret. A basic permission: no
 * catalog entity stands for managed identities, so policies decide by user
 * or group (for example only the platform team).
 *
 * @public
 */
export const azureMlIdentityFederatePermission = createPermission({
  name: 'azureMl.identity.federate',
  attributes: { action: 'create' },
});

/**
 * Every permission of the Azure Machine Learning plugins, for registering
 * with the permissions registry.
 *
 * @public
 */
export const azureMlPermissions = [
  azureMlWorkspaceReadPermission,
  azureMlJobReadPermission,
  azureMlModelReadPermission,
  azureMlEndpointReadPermission,
  azureMlDataReadPermission,
  azureMlEnvironmentReadPermission,
  azureMlComputeReadPermission,
  azureMlIdentityReadPermission,
  azureMlAuditReadPermission,
  azureMlAccessDiagnoseOthersPermission,
  azureMlJobCancelPermission,
  azureMlJobSubmitPermission,
  azureMlEndpointTrafficUpdatePermission,
  azureMlEndpointDeploymentCreatePermission,
  azureMlModelRegisterPermission,
  azureMlDataRegisterPermission,
  azureMlEnvironmentCreatePermission,
  azureMlIdentityFederatePermission,
];
