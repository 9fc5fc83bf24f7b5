/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { authModuleEntraIdProvider } from './authModuleEntraIdProvider';
export {
  defaultEntraIdAuthenticators,
  entraIdAuthenticator,
} from './entraIdAuthenticator';
export { oidcEntraIdAuthenticator } from './oidcEntraIdAuthenticator';
export { entraIdSignInResolvers } from './entraIdSignInResolvers';
export {
  entraIdProfileFromClaims,
  type EntraIdTokenClaims,
} from './entraIdProfileFromClaims';
export {
  ENTRA_ID_AUTHENTICATORS,
  readEntraIdAuthenticatorConfig,
  type EntraIdAuthenticatorConfig,
  type EntraIdAuthenticatorKind,
} from './readEntraIdAuthenticatorConfig';
