/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AppRegistration, Tenant } from '../state/model';
import { EntraError } from './EntraError';

/** Entra's ISO form with seven fractional digits, as in its time messages. */
function entraInstant(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, '.0000000Z');
}

// Requests ------------------------------------------------------------------

export const tenantNotFound = (segment: string, error = 'invalid_request') =>
  new EntraError(
    400,
    error,
    90002,
    `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  );

export const missingParameter = (name: string) =>
  new EntraError(
    400,
    'invalid_request',
    900144,
    `The request body must contain the following parameter: '${name}'.`,
  );

export const unsupportedGrantType = (grantType: string) =>
  new EntraError(
    400,
    'unsupported_grant_type',
    70003,
    `The app requested an unsupported grant type '${grantType}'.`,
  );

export const noTenantInformation = () =>
  new EntraError(
    400,
    'invalid_request',
    50059,
    'No tenant-identifying information found in either the request or implied by any provided credentials.',
  );

// Client authentication -----------------------------------------------------

export const applicationNotFound = (appId: string, tenant: Tenant) =>
  new EntraError(
    400,
    'unauthorized_client',
    700016,
    `Application with identifier '${appId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  );

export const invalidClientSecret = (appId: string) =>
  new EntraError(
    401,
    'invalid_client',
    7000215,
    `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
  );

export const expiredClientSecret = (appId: string) =>
  new EntraError(
    401,
    'invalid_client',
    7000222,
    `The provided client secret keys for app '${appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
  );

export const clientCredentialRequired = () =>
  new EntraError(
    401,
    'invalid_client',
    7000218,
    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  );

export const unsupportedAssertionType = (type: string) =>
  new EntraError(
    400,
    'invalid_request',
    50012,
    `Client assertion type '${type}' is not supported. Use 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'.`,
  );

export const malformedJwt = () =>
  new EntraError(
    400,
    'invalid_request',
    50027,
    'JWT token is invalid or malformed.',
  );

export const noMatchingFederatedCredential = (
  issuer: string,
  subject: string,
  audience: string,
) =>
  new EntraError(
    400,
    'invalid_request',
    70021,
    `No matching federated identity record found for presented assertion. Assertion Issuer: '${issuer}'. Assertion Subject: '${subject}'. Assertion Audience: '${audience}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
  );

export const externalOidcFailed = (issuer: string) =>
  new EntraError(
    400,
    'invalid_request',
    50166,
    `Request to External OIDC endpoint failed. Issuer: '${issuer}'.`,
  );

export const clientAssertionSignatureInvalid = () =>
  new EntraError(
    401,
    'invalid_client',
    700027,
    'Client assertion failed signature validation.',
  );

export const clientAssertionExpired = (
  nowSeconds: number,
  notBefore: number | undefined,
  expiry: number | undefined,
) =>
  new EntraError(
    401,
    'invalid_client',
    700024,
    `Client assertion is not within its valid time range. Current time: ${entraInstant(
      nowSeconds,
    )}, assertion valid from ${
      notBefore === undefined ? 'unknown' : entraInstant(notBefore)
    }, expiry time of assertion ${
      expiry === undefined ? 'unknown' : entraInstant(expiry)
    }. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
  );

// Scopes and consent --------------------------------------------------------

export const resourceNotFound = (resource: string, tenant: Tenant) =>
  new EntraError(
    400,
    'invalid_resource',
    500011,
    `The resource principal named ${resource} was not found in the tenant named ${tenant.displayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  );

export const multipleResources = (scope: string) =>
  new EntraError(
    400,
    'invalid_scope',
    28000,
    `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${scope} is not valid.`,
  );

export const clientCredentialsNeedDefaultScope = (scope: string) =>
  new EntraError(
    400,
    'invalid_scope',
    1002012,
    `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  );

export const consentRequired = (client: AppRegistration) =>
  new EntraError(
    400,
    'invalid_grant',
    65001,
    `The user or administrator has not consented to use the application with ID '${client.appId}' named '${client.displayName}'. Send an interactive authorization request for this user and resource.`,
    'consent_required',
  );

export const scopeNotExposed = (
  client: AppRegistration,
  scope: string,
  resource: AppRegistration,
) =>
  new EntraError(
    400,
    'invalid_client',
    65005,
    `The application '${client.displayName}' asked for scope '${scope}' that doesn't exist on the resource '${resource.appId}'. Contact the app vendor.`,
  );

// Authorization codes and refresh tokens ------------------------------------

export const malformedGrant = () =>
  new EntraError(
    400,
    'invalid_grant',
    9002313,
    'Invalid request. Request is malformed or invalid.',
  );

export const grantOfAnotherClient = () =>
  new EntraError(
    400,
    'invalid_grant',
    70000,
    'Provided grant is invalid or malformed.',
  );

export const codeAlreadyRedeemed = () =>
  new EntraError(
    400,
    'invalid_grant',
    54005,
    'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  );

export const grantExpired = () =>
  new EntraError(
    400,
    'invalid_grant',
    70008,
    'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  );

export const codeOfAnotherTenant = () =>
  new EntraError(
    400,
    'invalid_grant',
    700005,
    'Provided Authorization Code is intended to use against other tenant, thus rejected.',
  );

export const replyAddressMismatch = (sent: string, original: string) =>
  new EntraError(
    400,
    'invalid_grant',
    500112,
    `The reply address '${sent}' does not match the reply address '${original}' provided when requesting Authorization code.`,
  );

export const codeVerifierMismatch = () =>
  new EntraError(
    400,
    'invalid_grant',
    501481,
    'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  );

// On-behalf-of assertions ---------------------------------------------------

export const assertionAudienceMismatch = (
  audience: string,
  client: AppRegistration,
) =>
  new EntraError(
    400,
    'invalid_grant',
    50013,
    `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${audience}' and the expected audience is '${client.appId}' or one of the Application Uris of this application with App ID '${client.appId}'(${client.displayName}). The downstream client must request a token for the expected audience (the application that made the OBO request) and this application should use that token as the assertion.`,
  );

export const assertionSignatureInvalid = () =>
  new EntraError(
    400,
    'invalid_grant',
    50013,
    'Assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value.]',
  );

export const assertionNotDelegated = () =>
  new EntraError(
    400,
    'invalid_grant',
    50013,
    'Assertion contains an invalid claim: the on-behalf-of flow needs a delegated (user) access token.',
  );

export const assertionExpired = (nowSeconds: number, expiry: number) =>
  new EntraError(
    400,
    'invalid_grant',
    500133,
    `Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token. Current time: ${entraInstant(
      nowSeconds,
    )}, expiry time of assertion ${entraInstant(expiry)}.`,
  );

// Users ---------------------------------------------------------------------

export const userNotInTenant = (
  upn: string,
  homeTenantId: string,
  tenant: Tenant,
  client: AppRegistration,
) =>
  new EntraError(
    400,
    'invalid_grant',
    50020,
    `User account '${upn}' from identity provider 'https://sts.windows.net/${homeTenantId}/' does not exist in tenant '${tenant.displayName}' and cannot access the application '${client.appId}'(${client.displayName}) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`,
  );

export const userNotFound = (user: string, tenant: Tenant) =>
  new EntraError(
    400,
    'invalid_grant',
    50034,
    `The user account ${user} does not exist in the '${tenant.domain}' directory. To sign into this application, the account must be added to the directory.`,
  );

// Authorize (browser) -------------------------------------------------------

export const redirectUriMismatch = (redirectUri: string, appId: string) =>
  new EntraError(
    400,
    'invalid_request',
    50011,
    `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
  );

export const unsupportedResponseType = (responseType: string) =>
  new EntraError(
    400,
    'unsupported_response_type',
    700054,
    `response_type '${responseType}' is not enabled for the application. The emulator supports the authorization code flow (response_type=code) only.`,
  );

export const invalidCodeChallenge = () =>
  new EntraError(
    400,
    'invalid_request',
    501491,
    'Invalid size of Code_Challenge parameter.',
  );

export const unsupportedCodeChallengeMethod = (method: string) =>
  new EntraError(
    400,
    'invalid_request',
    501492,
    `The code_challenge_method '${method}' is not supported. Use 'S256' or 'plain'.`,
  );

export const loginRequired = () =>
  new EntraError(
    400,
    'login_required',
    50058,
    'A silent sign-in request was sent but no user is signed in.',
  );
