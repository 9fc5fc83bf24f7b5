/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type {
  AppRegistration,
  FederatedCredential,
  ManagedIdentity,
  Tenant,
} from '../state/model';
import {
  applicationNotFound,
  clientCredentialRequired,
  invalidClientSecret,
  missingParameter,
  unsupportedAssertionType,
} from './entraErrors';
import { clientAppInTenant } from './clientApps';
import { verifyClientSecret } from './clientSecrets';
import { verifyFederatedAssertion } from './federatedAssertions';
import { entraNowSeconds } from './entraClock';

export const JWT_BEARER_ASSERTION_TYPE =
  'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** ARM type of a user-assigned identity's federated credentials. */
export { FEDERATED_CREDENTIAL_TYPE as FEDERATED_IDENTITY_CREDENTIAL_TYPE } from '../managedIdentity/federatedCredentialBody';
import { FEDERATED_CREDENTIAL_TYPE as FEDERATED_IDENTITY_CREDENTIAL_TYPE } from '../managedIdentity/federatedCredentialBody';

/** The form fields of a token request. */
export type TokenRequestParams = Record<string, string | undefined>;

/** How the client proved itself (`appidacr`: 0 none, 1 secret, 2 assertion). */
export type ClientCredentialKind = 'none' | 'secret' | 'assertion';

/** An app registration that authenticated (or is a public client). */
export type AppClient = {
  kind: 'app';
  app: AppRegistration;
  credential: ClientCredentialKind;
};

/** A user-assigned managed identity that presented a federated assertion. */
export type ManagedIdentityClient = {
  kind: 'managedIdentity';
  identity: ManagedIdentity;
};

/** The client a token request comes from. */
export type AuthenticatedClient = AppClient | ManagedIdentityClient;

/** The `appidacr` / `azpacr` claim value. */
export function authenticationLevel(client: AuthenticatedClient): string {
  if (client.kind === 'managedIdentity') return '2';
  return { none: '0', secret: '1', assertion: '2' }[client.credential];
}

/** A confidential client (one with credentials) must authenticate. */
export function isConfidential(app: AppRegistration): boolean {
  return app.passwordCredentials.length + app.federatedCredentials.length > 0;
}

function managedIdentityCredentials(
  ctx: EmulatorContext,
  identity: ManagedIdentity,
): FederatedCredential[] {
  return ctx.state
    .listChildren(identity.resourceId, FEDERATED_IDENTITY_CREDENTIAL_TYPE)
    .map(r => ({
      name: r.name,
      issuer: String(r.properties.issuer ?? ''),
      subject: String(r.properties.subject ?? ''),
      audiences: (r.properties.audiences ?? []).map(String),
    }));
}

async function verifyAssertion(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  credentials: FederatedCredential[],
): Promise<void> {
  const type = params.client_assertion_type;
  if (!type) throw missingParameter('client_assertion_type');
  if (type !== JWT_BEARER_ASSERTION_TYPE) throw unsupportedAssertionType(type);
  await verifyFederatedAssertion(ctx, params.client_assertion!, credentials);
}

async function authenticateManagedIdentity(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  identity: ManagedIdentity,
  tenant: Tenant,
): Promise<ManagedIdentityClient> {
  if (identity.tenantId !== tenant.id) {
    throw applicationNotFound(identity.clientId, tenant);
  }
  if (params.client_secret) throw invalidClientSecret(identity.clientId);
  if (!params.client_assertion) throw clientCredentialRequired();
  await verifyAssertion(ctx, params, managedIdentityCredentials(ctx, identity));
  return { kind: 'managedIdentity', identity };
}

/**
 * Identifies an app client in `tenant` and checks its credential: a client
 * secret or a federated client assertion. A client without either is refused
 * when `credentialRequired` or when the app is confidential (AADSTS7000218).
 */
export async function authenticateAppClient(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  tenant: Tenant,
  options: { credentialRequired: boolean },
): Promise<AppClient> {
  if (!params.client_id) throw missingParameter('client_id');
  const app = clientAppInTenant(ctx, params.client_id, tenant);
  if (params.client_secret) {
    verifyClientSecret(app, params.client_secret, entraNowSeconds(ctx) * 1000);
    return { kind: 'app', app, credential: 'secret' };
  }
  if (params.client_assertion) {
    await verifyAssertion(ctx, params, app.federatedCredentials);
    return { kind: 'app', app, credential: 'assertion' };
  }
  if (options.credentialRequired || isConfidential(app)) {
    throw clientCredentialRequired();
  }
  return { kind: 'app', app, credential: 'none' };
}

/**
 * As `authenticateAppClient` with a credential required, but the client id
 * may also be a user-assigned identity's, which authenticates with an
 * assertion matching one of its federated identity credentials.
 */
export async function authenticateAppOrManagedIdentity(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  tenant: Tenant,
): Promise<AuthenticatedClient> {
  const identity =
    params.client_id && ctx.state.managedIdentityByClientId(params.client_id);
  if (identity) {
    return authenticateManagedIdentity(ctx, params, identity, tenant);
  }
  return authenticateAppClient(ctx, params, tenant, {
    credentialRequired: true,
  });
}
