/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A user's Entra access token for the portal's API that passed validation,
 * with the claims the plugins act on.
 *
 * @public
 */
export type ValidatedUserToken = {
  /** The raw token, the assertion of an on-behalf-of exchange. */
  token: string;
  /** The user's object id (`oid`) in their home tenant. */
  objectId: string;
  /** The tenant that issued the token (`tid`). */
  tenantId: string;
  /** The user's sign-in name (`preferred_username` or `upn`), if present. */
  userPrincipalName?: string;
  /** The delegated scopes granted to the portal (`scp`). */
  scopes: string[];
  /** When the token expires. */
  expiresAt: Date;
};
