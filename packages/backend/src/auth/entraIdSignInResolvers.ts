/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AuthenticationError, isError, NotFoundError } from '@backstage/errors';
import {
  createSignInResolverFactory,
  type OAuthAuthenticatorResult,
  type PassportProfile,
  type SignInInfo,
} from '@backstage/plugin-auth-node';
import { MICROSOFT_GRAPH_USER_ID_ANNOTATION } from '@backstage/plugin-catalog-backend-module-msgraph';

/**
 * The sign-in resolvers of the `microsoft` provider.
 *
 * @public
 */
export const entraIdSignInResolvers = Object.freeze({
  /**
   * Signs a person in as the catalog user that Microsoft Graph ingestion
   * created for their Entra account: the user whose
   * `graph.microsoft.com/user-id` annotation is their object id (`oid`).
   * Someone with no such user is refused with a message that says so.
   */
  objectIdMatchingUserEntityAnnotation: createSignInResolverFactory({
    create() {
      return async (
        info: SignInInfo<OAuthAuthenticatorResult<PassportProfile>>,
        ctx,
      ) => {
        const objectId = info.result.fullProfile.id;
        if (!objectId) {
          throw new AuthenticationError(
            'Microsoft did not say who signed in: the profile has no object id',
          );
        }
        try {
          return await ctx.signInWithCatalogUser({
            annotations: { [MICROSOFT_GRAPH_USER_ID_ANNOTATION]: objectId },
          });
        } catch (error) {
          if (!isError(error) || error.name !== 'NotFoundError') throw error;
          const who =
            info.profile.email ?? info.profile.displayName ?? objectId;
          throw new NotFoundError(
            `${who} signed in with Microsoft, but no user in the Backstage catalog has the annotation ${MICROSOFT_GRAPH_USER_ID_ANNOTATION}: ${objectId}. Ask your Backstage administrator to ingest this account from Microsoft Graph (catalog.providers.microsoftGraphOrg), then sign in again.`,
          );
        }
      };
    },
  }),
});
