/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Which authenticator serves the `microsoft` sign-in provider in one auth
 * environment: `microsoft` signs in at Microsoft Entra ID itself, `oidc`
 * through any Entra-compatible OpenID Connect authority (the local Azure
 * emulator).
 *
 * @public
 */
export const ENTRA_ID_AUTHENTICATORS = ['microsoft', 'oidc'] as const;

/**
 * The name of an authenticator in {@link ENTRA_ID_AUTHENTICATORS}.
 *
 * @public
 */
export type EntraIdAuthenticatorKind = (typeof ENTRA_ID_AUTHENTICATORS)[number];

/**
 * The validated choice of authenticator of one auth environment.
 *
 * @public
 */
export type EntraIdAuthenticatorConfig = {
  authenticator: EntraIdAuthenticatorKind;
};

/**
 * Reads `auth.providers.microsoft.<env>.authenticator`. The key is required:
 * the authenticator is never guessed from which other keys are present.
 *
 * @param config - the provider's config of one auth environment
 * @throws Error naming the key and the accepted values when it is missing or
 *   holds anything else
 * @public
 */
export function readEntraIdAuthenticatorConfig(config: {
  getOptional(key: string): unknown;
}): EntraIdAuthenticatorConfig {
  const found = config.getOptional('authenticator');
  const known = ENTRA_ID_AUTHENTICATORS.find(a => a === found);
  if (!known) {
    throw new Error(
      `Invalid config at auth.providers.microsoft.<environment>.authenticator: expected one of ${ENTRA_ID_AUTHENTICATORS.map(
        a => `'${a}'`,
      ).join(
        ', ',
      )} ('microsoft' for Microsoft Entra ID, 'oidc' for an Entra-compatible OpenID Connect authority such as the local emulator), got ${
        found === undefined ? 'nothing' : JSON.stringify(found)
      }`,
    );
  }
  return { authenticator: known };
}
