/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { AppRegistration, ManagedIdentity, Tenant } from '../state/model';
import type { GraphEntityType, GraphObject } from './graphObject';
import { permissionScopes } from './applicationResource';

/** The tenant Microsoft's own apps are registered in. */
const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export const SERVICE_PRINCIPAL_TYPE: GraphEntityType = {
  name: 'microsoft.graph.servicePrincipal',
  entitySet: 'servicePrincipals',
  properties: {
    id: 'string',
    accountEnabled: 'boolean',
    alternativeNames: 'collection',
    appDisplayName: 'string',
    appId: 'string',
    appOwnerOrganizationId: 'string',
    appRoles: 'collection',
    deletedDateTime: 'dateTime',
    displayName: 'string',
    oauth2PermissionScopes: 'collection',
    replyUrls: 'collection',
    servicePrincipalNames: 'collection',
    servicePrincipalType: 'string',
    signInAudience: 'string',
    tags: 'collection',
  },
  defaultSelect: [],
  navigations: [],
  searchable: ['displayName'],
};
SERVICE_PRINCIPAL_TYPE.defaultSelect = Object.keys(
  SERVICE_PRINCIPAL_TYPE.properties,
);

function appServicePrincipal(app: AppRegistration, id: string): GraphObject {
  const firstParty = app.tenantId === 'first-party';
  return {
    type: SERVICE_PRINCIPAL_TYPE,
    properties: {
      id,
      accountEnabled: true,
      alternativeNames: [],
      appDisplayName: app.displayName,
      appId: app.appId,
      appOwnerOrganizationId: firstParty ? MICROSOFT_TENANT_ID : app.tenantId,
      appRoles: [],
      deletedDateTime: null,
      displayName: app.displayName,
      oauth2PermissionScopes: permissionScopes(app),
      replyUrls: app.redirectUris,
      servicePrincipalNames: [app.appId, ...app.identifierUris],
      servicePrincipalType: 'Application',
      signInAudience: app.signInAudience,
      tags: [],
    },
  };
}

function managedIdentityServicePrincipal(mi: ManagedIdentity): GraphObject {
  return {
    type: SERVICE_PRINCIPAL_TYPE,
    properties: {
      id: mi.principalId,
      accountEnabled: true,
      alternativeNames: ['isExplicit=True', mi.resourceId],
      appDisplayName: null,
      appId: mi.clientId,
      appOwnerOrganizationId: null,
      appRoles: [],
      deletedDateTime: null,
      displayName: mi.name,
      oauth2PermissionScopes: [],
      replyUrls: [],
      servicePrincipalNames: [
        mi.clientId,
        `https://identity.azure.net/${mi.principalId}`,
      ],
      servicePrincipalType: 'ManagedIdentity',
      signInAudience: 'AzureADMyOrg',
      tags: [],
    },
  };
}

/**
 * The service principals in a tenant: Microsoft's APIs, apps with a service
 * principal there, and user-assigned managed identities.
 */
export function servicePrincipalsIn(
  state: EmulatorState,
  tenant: Tenant,
): GraphObject[] {
  const apps = [...state.apps.values()].flatMap(app => {
    if (app.tenantId === 'first-party') {
      return [appServicePrincipal(app, app.servicePrincipalId)];
    }
    const id = app.servicePrincipalsByTenant[tenant.id];
    return id ? [appServicePrincipal(app, id)] : [];
  });
  const identities = [...state.managedIdentities.values()]
    .filter(mi => mi.tenantId === tenant.id)
    .map(managedIdentityServicePrincipal);
  return [...apps, ...identities];
}
