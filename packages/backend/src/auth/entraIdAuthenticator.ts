/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createOAuthAuthenticator,
  PassportOAuthAuthenticatorHelper,
  type OAuthAuthenticator,
  type PassportProfile,
} from '@backstage/plugin-auth-node';
import { microsoftAuthenticator } from '@backstage/plugin-auth-backend-module-microsoft-provider';
import { oidcEntraIdAuthenticator } from './oidcEntraIdAuthenticator';
import {
  readEntraIdAuthenticatorConfig,
  type EntraIdAuthenticatorKind,
} from './readEntraIdAuthenticatorConfig';

type AnyEntraIdAuthenticator = OAuthAuthenticator<unknown, PassportProfile>;

/**
 * The authenticators that can serve the `microsoft` provider, by the name
 * `auth.providers.microsoft.<env>.authenticator` gives them.
 *
 * @public
 */
export const defaultEntraIdAuthenticators: ReadonlyMap<
  EntraIdAuthenticatorKind,
  AnyEntraIdAuthenticator
> = new Map<EntraIdAuthenticatorKind, AnyEntraIdAuthenticator>([
  ['microsoft', microsoftAuthenticator as AnyEntraIdAuthenticator],
  ['oidc', oidcEntraIdAuthenticator as AnyEntraIdAuthenticator],
]);

type EntraIdAuthenticatorContext = {
  authenticator: AnyEntraIdAuthenticator;
  context: unknown;
};

/**
 * The `microsoft` provider's authenticator: hands each auth environment to
 * the authenticator its config names (validated at start-up). Both report a
 * passport profile whose `id` is the Entra object id and share the Microsoft
 * authenticator's scope rules, so the frontend's `microsoftAuthApiRef`, the
 * sign-in resolver and `getAccessToken` for another API's scope behave the
 * same locally and in production.
 *
 * @public
 */
export const entraIdAuthenticator = createOAuthAuthenticator<
  EntraIdAuthenticatorContext,
  PassportProfile
>({
  defaultProfileTransform:
    PassportOAuthAuthenticatorHelper.defaultProfileTransform,
  scopes: microsoftAuthenticator.scopes,
  initialize(options) {
    const { authenticator: kind } = readEntraIdAuthenticatorConfig(
      options.config,
    );
    const authenticator = defaultEntraIdAuthenticators.get(kind)!;
    return { authenticator, context: authenticator.initialize(options) };
  },
  start: (input, { authenticator, context }) =>
    authenticator.start(input, context),
  authenticate: (input, { authenticator, context }) =>
    authenticator.authenticate(input, context),
  refresh: (input, { authenticator, context }) =>
    authenticator.refresh(input, context),
  async logout(input, { authenticator, context }) {
    return authenticator.logout?.(input, context);
  },
});
