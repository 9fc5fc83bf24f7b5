/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AppRegistration } from '../state/model';

/** Audiences of Microsoft's own APIs, as tokens for them carry in `aud`. */
export const ARM_AUDIENCE = 'https://management.azure.com/';
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const ML_AUDIENCE = 'https://ml.azure.com';

/** Microsoft Graph's app id. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

function firstParty(
  appId: string,
  displayName: string,
  identifierUris: string[],
  scopes: string[],
): AppRegistration {
  return {
    appId,
    objectId: appId,
    servicePrincipalId: appId,
    tenantId: 'first-party',
    displayName,
    signInAudience: 'AzureADMultipleOrgs',
    identifierUris,
    accessTokenAcceptedVersion: 1,
    exposedScopes: scopes.map((value, i) => ({
      id: `${appId.slice(0, 24)}${String(i).padStart(12, '0')}`,
      value,
    })),
    requiredResourceAccess: [],
    redirectUris: [],
    passwordCredentials: [],
    federatedCredentials: [],
    servicePrincipalsByTenant: {},
  };
}

/**
 * Azure Resource Manager, Microsoft Graph and the Azure Machine Learning data
 * plane, with the app ids and identifier URIs Entra knows them by.
 */
export const firstPartyApis: AppRegistration[] = [
  firstParty(
    '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    'Windows Azure Service Management API',
    [ARM_AUDIENCE, 'https://management.core.windows.net/'],
    ['user_impersonation'],
  ),
  firstParty(
    GRAPH_APP_ID,
    'Microsoft Graph',
    [GRAPH_AUDIENCE, 'https://graph.microsoft.com/'],
    [
      'User.Read',
      'User.Read.All',
      'Group.Read.All',
      'GroupMember.Read.All',
      'Application.Read.All',
      'Directory.Read.All',
      'openid',
      'profile',
      'email',
      'offline_access',
    ],
  ),
  firstParty(
    '18a66f5f-dbdf-4c17-9dd7-1634712a9cbe',
    'Azure Machine Learning Services',
    [ML_AUDIENCE, 'https://ml.azure.com/'],
    ['user_impersonation'],
  ),
];
