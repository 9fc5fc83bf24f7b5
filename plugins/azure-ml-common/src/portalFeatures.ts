/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  azureMlDataRegisterPermission,
  azureMlEndpointDeploymentCreatePermission,
  azureMlEndpointTrafficUpdatePermission,
  azureMlEnvironmentCreatePermission,
  azureMlJobCancelPermission,
  azureMlJobSubmitPermission,
  azureMlModelRegisterPermission,
} from './permissions';
import type { AccessDenial } from './types';

/**
 * A portal action (a button, or a template's action) that changes something
 * in Azure, and so needs both a Backstage permission and Azure role-based
 * access control.
 *
 * @public
 */
export type AzureMlPortalFeature =
  | 'job.cancel'
  | 'job.submit'
  | 'data.register'
  | 'model.register'
  | 'environment.create'
  | 'endpoint.traffic.update'
  | 'endpoint.deployment.create';

/**
 * What a portal feature needs: the Backstage permission, the kind of catalog
 * entity it is authorized against, and the Azure RBAC actions of the calls
 * it makes.
 *
 * @public
 */
export interface AzureMlPortalFeatureRequirement {
  /** The Backstage resource permission, authorized on the entity. */
  permission: ResourcePermission;
  /** Which entity the permission is authorized against. */
  entity: 'workspace' | 'onlineEndpoint';
  /**
   * The Azure RBAC actions of the feature's writes, its main one first, as a
   * denial names the first one missing. The reads the calls make too, which
   * Reader grants, are left out.
   */
  azureActions: string[];
}

/**
 * The feature × action matrix: for each portal feature that changes Azure,
 * the Backstage permission and the Azure actions it needs. The backend checks
 * it before offering an action, and the access doctor explains it.
 *
 * @public
 */
export const azureMlPortalFeatureRequirements: Record<
  AzureMlPortalFeature,
  AzureMlPortalFeatureRequirement
> = {
  'job.cancel': {
    permission: azureMlJobCancelPermission,
    entity: 'workspace',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
    ],
  },
  // azureml:job:submit with codePath also reads the account key of the
  // workspaceblobstore (to upload the code) and registers the code asset (a
  // new container and its version) before it writes the job.
  'job.submit': {
    permission: azureMlJobSubmitPermission,
    entity: 'workspace',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/jobs/write',
      'Microsoft.MachineLearningServices/workspaces/codes/write',
      'Microsoft.MachineLearningServices/workspaces/codes/versions/write',
      'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
    ],
  },
  // The asset actions write the container (for a new asset), then the version.
  'data.register': {
    permission: azureMlDataRegisterPermission,
    entity: 'workspace',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/data/write',
      'Microsoft.MachineLearningServices/workspaces/data/versions/write',
    ],
  },
  'model.register': {
    permission: azureMlModelRegisterPermission,
    entity: 'workspace',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/models/write',
      'Microsoft.MachineLearningServices/workspaces/models/versions/write',
    ],
  },
  'environment.create': {
    permission: azureMlEnvironmentCreatePermission,
    entity: 'workspace',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/environments/write',
      'Microsoft.MachineLearningServices/workspaces/environments/versions/write',
    ],
  },
  'endpoint.traffic.update': {
    permission: azureMlEndpointTrafficUpdatePermission,
    entity: 'onlineEndpoint',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write',
    ],
  },
  'endpoint.deployment.create': {
    permission: azureMlEndpointDeploymentCreatePermission,
    entity: 'onlineEndpoint',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/write',
    ],
  },
};

/**
 * Whether the caller may use one portal feature, and if not, why.
 *
 * @public
 */
export interface AzureMlFeatureAccess {
  /** The feature. */
  feature: AzureMlPortalFeature;
  /** Whether both Backstage and Azure allow it. */
  allowed: boolean;
  /** The first lock that refuses it, when it is not allowed. */
  denial?: AccessDenial;
}

/**
 * What the caller may do in a workspace (or on one of its endpoints).
 *
 * @public
 */
export interface AzureMlWorkspaceAccess {
  /** The Azure Resource Manager id the access was checked on. */
  scope: string;
  /** One entry per feature that applies to the scope. */
  features: AzureMlFeatureAccess[];
}
