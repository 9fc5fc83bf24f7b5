/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  azureMlEndpointTrafficUpdatePermission,
  azureMlJobCancelPermission,
} from './permissions';
import type { AccessDenial } from './types';

/**
 * A portal action that changes something in Azure, and so needs both a
 * Backstage permission and Azure role-based access control.
 *
 * @public
 */
export type AzureMlPortalFeature = 'job.cancel' | 'endpoint.traffic.update';

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
  /** Every Azure RBAC action the feature's calls need. */
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
  'endpoint.traffic.update': {
    permission: azureMlEndpointTrafficUpdatePermission,
    entity: 'onlineEndpoint',
    azureActions: [
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write',
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
