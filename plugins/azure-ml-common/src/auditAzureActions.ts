/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditAction } from './audit';
import {
  azureMlPortalFeatureRequirements,
  type AzureMlPortalFeature,
} from './portalFeatures';

/**
 * The Azure RBAC actions of the writes each audit action stands for, when a
 * portal action (through the API or a software template) recorded it: for
 * the portal features, their row of the feature × action matrix; for the
 * others, what they change in Azure. Reads, which Reader grants, are left
 * out, as in the matrix. `azure.activity` is empty: an event imported from
 * the Azure Activity Log names its own operation.
 *
 * @public
 */
export const azureMlAuditActionAzureActions: Readonly<
  Record<AzureMlAuditAction, readonly string[]>
> = {
  ...(Object.fromEntries(
    Object.entries(azureMlPortalFeatureRequirements).map(
      ([feature, requirement]) => [feature, requirement.azureActions],
    ),
  ) as Record<AzureMlPortalFeature, string[]>),
  // azure:identity:federate adds a federated credential to a user-assigned
  // managed identity.
  'identity.federate': [
    'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write',
  ],
  // A template run changes nothing itself; its steps record their own events.
  'template.run': [],
  // Catalog ingestion only reads.
  'catalog.refresh': [],
  // An imported Activity Log event: its operation is the action.
  'azure.activity': [],
  // The ledger pruning itself: nothing in Azure.
  'audit.prune': [],
};

const CANONICAL = new Map(
  Object.values(azureMlAuditActionAzureActions)
    .flat()
    .map(action => [action.toLowerCase(), action]),
);

/**
 * An Azure RBAC action in Azure's canonical spelling, as the feature × action
 * matrix writes it, for example
 * `Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write` for
 * `microsoft.machinelearningservices/workspaces/onlineendpoints/write`
 * (Azure compares actions case-insensitively); an action the matrix does not
 * know is returned as given.
 *
 * @public
 */
export function canonicalAzureAction(action: string): string {
  return CANONICAL.get(action.toLowerCase()) ?? action;
}
