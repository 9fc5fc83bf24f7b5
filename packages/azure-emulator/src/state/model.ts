/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** An Entra ID tenant (directory). */
export type Tenant = {
  id: string;
  displayName: string;
  /** The initial domain, e.g. `contoso.onmicrosoft.com`. */
  domain: string;
};

/**
 * A user object in one tenant. A person who is a guest in another tenant has
 * a second object there (`userType: 'Guest'`) whose `homeObjectId` names the
 * object in their home tenant, as Entra does.
 */
export type DirectoryUser = {
  objectId: string;
  tenantId: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  jobTitle: string;
  userType: 'Member' | 'Guest';
  homeObjectId?: string;
};

export type DirectoryGroup = {
  objectId: string;
  tenantId: string;
  displayName: string;
  mailNickname: string;
  description: string;
  /** Object ids of member users (and groups). */
  members: string[];
};

/** A delegated permission an API exposes (an `oauth2PermissionScope`). */
export type PermissionScope = { id: string; value: string };

/** A client secret of an app registration (`passwordCredentials`). */
export type PasswordCredential = {
  keyId: string;
  displayName: string;
  /** First three characters, as Graph reports them. */
  hint: string;
  /** Only the emulator knows it; Graph never returns it. */
  secretText: string;
  startDateTime: string;
  endDateTime: string;
};

/**
 * A federated identity credential: tokens from `issuer` with `subject` and one
 * of `audiences` are accepted as a client assertion for the owning identity.
 */
export type FederatedCredential = {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description?: string;
};

/** An app registration with its service principal in its home tenant. */
export type AppRegistration = {
  appId: string;
  /** Object id of the application object. */
  objectId: string;
  /** Object id of the service principal (what RBAC assignments name). */
  servicePrincipalId: string;
  tenantId: string;
  displayName: string;
  signInAudience: 'AzureADMyOrg' | 'AzureADMultipleOrgs';
  identifierUris: string[];
  /** The token version the API accepts (`accessTokenAcceptedVersion`). */
  accessTokenAcceptedVersion: 1 | 2;
  exposedScopes: PermissionScope[];
  /** Delegated permissions the app asks for, by resource audience. */
  requiredResourceAccess: { resource: string; scopes: string[] }[];
  redirectUris: string[];
  passwordCredentials: PasswordCredential[];
  federatedCredentials: FederatedCredential[];
  /** Service principals of this app in other tenants, by tenant id. */
  servicePrincipalsByTenant: Record<string, string>;
};

/** Admin consent of a tenant for a client app to call a resource. */
export type Consent = {
  tenantId: string;
  clientAppId: string;
  /** The resource audience, e.g. `https://management.azure.com/`. */
  resource: string;
  /** Delegated permissions consented. */
  scopes: string[];
  /** Application permissions (app roles) granted, for client credentials. */
  roles: string[];
};

/** A user-assigned managed identity (also an ARM resource). */
export type ManagedIdentity = {
  resourceId: string;
  name: string;
  tenantId: string;
  clientId: string;
  principalId: string;
};

export type Subscription = {
  subscriptionId: string;
  tenantId: string;
  displayName: string;
};

/** Who created or last changed an ARM resource (`systemData`). */
export type SystemData = {
  createdAt: string;
  createdBy: string;
  createdByType: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
  lastModifiedAt: string;
  lastModifiedBy: string;
  lastModifiedByType: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
};

/** Any ARM resource, stored as ARM returns it. */
export type ArmResource = {
  id: string;
  name: string;
  type: string;
  location?: string;
  kind?: string;
  tags?: Record<string, string>;
  sku?: Record<string, unknown>;
  identity?: Record<string, unknown>;
  properties: Record<string, any>;
  systemData?: SystemData;
};

export type RoleDefinition = {
  /** Full ARM id at the subscription scope it is read at. */
  name: string;
  roleName: string;
  description: string;
  roleType: 'BuiltInRole' | 'CustomRole';
  assignableScopes: string[];
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
  /** Custom roles only: the tenant (directory) the role was created in. */
  tenantId?: string;
  /** Custom roles only: when and by whom (object id) it was created and last changed. */
  createdOn?: string;
  updatedOn?: string;
  createdBy?: string;
  updatedBy?: string;
};

export type RoleAssignment = {
  /** The assignment's GUID name. */
  name: string;
  scope: string;
  roleDefinitionId: string;
  principalId: string;
  principalType: 'User' | 'Group' | 'ServicePrincipal';
  createdOn: string;
};

/** An Azure Activity Log (administrative) event. */
export type ActivityLogEvent = {
  eventDataId: string;
  correlationId: string;
  operationId: string;
  operationName: { value: string; localizedValue: string };
  category: { value: 'Administrative'; localizedValue: 'Administrative' };
  resourceId: string;
  resourceGroupName: string;
  resourceProviderName: { value: string; localizedValue: string };
  resourceType: { value: string; localizedValue: string };
  status: { value: string; localizedValue: string };
  subStatus: { value: string; localizedValue: string };
  eventTimestamp: string;
  submissionTimestamp: string;
  subscriptionId: string;
  tenantId: string;
  caller: string;
  claims: Record<string, string>;
  level: 'Informational' | 'Warning' | 'Error';
  httpRequest: {
    clientRequestId: string;
    clientIpAddress: string;
    method: string;
  };
  authorization: { action: string; scope: string };
  properties: Record<string, string>;
};

/**
 * How a job runs in the emulator: it starts `startOffsetMs` after the
 * emulator's epoch, runs `durationMs`, then ends in `finalStatus`.
 */
export type JobTimeline = {
  startOffsetMs: number;
  durationMs: number;
  finalStatus: 'Completed' | 'Failed' | 'Canceled';
  /** Status before start: `NotStarted`, `Queued`, `Preparing`... */
  pendingStatus?: string;
  canceledAtMs?: number;
  metrics: string[];
  /** How many steps it logs over its planned run; about one a minute when absent. */
  loggedSteps?: number;
};
