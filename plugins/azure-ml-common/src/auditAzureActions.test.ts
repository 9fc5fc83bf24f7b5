/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlAuditActions } from './audit';
import {
  azureMlAuditActionAzureActions,
  canonicalAzureAction,
} from './auditAzureActions';
import { azureMlPortalFeatureRequirements } from './portalFeatures';

describe('azureMlAuditActionAzureActions', () => {
  it('maps every audit action, each portal feature to its row of the matrix', () => {
    expect(Object.keys(azureMlAuditActionAzureActions).sort()).toEqual(
      [...azureMlAuditActions].sort(),
    );
    for (const [feature, requirement] of Object.entries(
      azureMlPortalFeatureRequirements,
    )) {
      expect(
        azureMlAuditActionAzureActions[
          feature as keyof typeof azureMlAuditActionAzureActions
        ],
      ).toEqual(requirement.azureActions);
    }
    expect(azureMlAuditActionAzureActions['azure.activity']).toEqual([]);
  });
});

describe('canonicalAzureAction', () => {
  it('spells a known action as Azure does, and leaves others as they are', () => {
    expect(
      canonicalAzureAction(
        'microsoft.machinelearningservices/workspaces/onlineendpoints/write',
      ),
    ).toBe(
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write',
    );
    expect(
      canonicalAzureAction('Microsoft.Authorization/roleAssignments/write'),
    ).toBe('Microsoft.Authorization/roleAssignments/write');
  });
});
