/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { AppRegistration } from '../state/model';
import type { GraphEntityType, GraphObject } from './graphObject';

const DAY_MS = 24 * 3600 * 1000;

export const APPLICATION_TYPE: GraphEntityType = {
  name: 'microsoft.graph.application',
  entitySet: 'applications',
  properties: {
    id: 'string',
    appId: 'string',
    deletedDateTime: 'dateTime',
    createdDateTime: 'dateTime',
    description: 'string',
    displayName: 'string',
    identifierUris: 'collection',
    isFallbackPublicClient: 'boolean',
    notes: 'string',
    publisherDomain: 'string',
    signInAudience: 'string',
    tags: 'collection',
    api: 'complex',
    appRoles: 'collection',
    keyCredentials: 'collection',
    passwordCredentials: 'collection',
    publicClient: 'complex',
    requiredResourceAccess: 'collection',
    spa: 'complex',
    web: 'complex',
  },
  defaultSelect: [],
  navigations: [],
  searchable: ['displayName'],
};
APPLICATION_TYPE.defaultSelect = Object.keys(APPLICATION_TYPE.properties);

/** An exposed delegated permission, as `api.oauth2PermissionScopes` lists it. */
export function permissionScopes(app: AppRegistration) {
  return app.exposedScopes.map(scope => ({
    adminConsentDescription: `Allow the application to ${scope.value} on behalf of the signed-in user.`,
    adminConsentDisplayName: scope.value,
    id: scope.id,
    isEnabled: true,
    type: 'User',
    userConsentDescription: null,
    userConsentDisplayName: null,
    value: scope.value,
  }));
}

/** The app's API permissions, naming each API and scope by id as Graph does. */
function requiredResourceAccess(state: EmulatorState, app: AppRegistration) {
  return app.requiredResourceAccess.map(request => {
    const api = state.appByAudience(request.resource);
    return {
      resourceAppId: api?.appId ?? request.resource,
      resourceAccess: request.scopes.map(value => ({
        id: api?.exposedScopes.find(s => s.value === value)?.id ?? value,
        type: 'Scope',
      })),
    };
  });
}

/** Client secrets as Graph lists them: never the secret itself. */
function passwordCredentials(app: AppRegistration) {
  return app.passwordCredentials.map(p => ({
    customKeyIdentifier: null,
    displayName: p.displayName,
    endDateTime: p.endDateTime,
    hint: p.hint,
    keyId: p.keyId,
    startDateTime: p.startDateTime,
  }));
}

export function applicationObject(
  state: EmulatorState,
  app: AppRegistration,
): GraphObject {
  return {
    type: APPLICATION_TYPE,
    properties: {
      id: app.objectId,
      appId: app.appId,
      deletedDateTime: null,
      createdDateTime: new Date(state.epochMs - 120 * DAY_MS)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z'),
      description: null,
      displayName: app.displayName,
      identifierUris: app.identifierUris,
      isFallbackPublicClient: null,
      notes: null,
      publisherDomain: state.tenants.get(app.tenantId)?.domain ?? null,
      signInAudience: app.signInAudience,
      tags: [],
      api: {
        acceptMappedClaims: null,
        knownClientApplications: [],
        requestedAccessTokenVersion: app.accessTokenAcceptedVersion,
        oauth2PermissionScopes: permissionScopes(app),
        preAuthorizedApplications: [],
      },
      appRoles: [],
      keyCredentials: [],
      passwordCredentials: passwordCredentials(app),
      publicClient: { redirectUris: [] },
      requiredResourceAccess: requiredResourceAccess(state, app),
      spa: { redirectUris: [] },
      web: {
        homePageUrl: null,
        logoutUrl: null,
        redirectUris: app.redirectUris,
        implicitGrantSettings: {
          enableAccessTokenIssuance: false,
          enableIdTokenIssuance: false,
        },
      },
    },
  };
}
