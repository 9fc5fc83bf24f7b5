/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { IdentityContext } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';

/** The `aud` claim of a token that already passed validation. */
function audienceOf(token: string): string {
  const payload = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { aud?: string | string[] };
  return Array.isArray(payload.aud) ? payload.aud.join(' ') : payload.aud ?? '';
}

/**
 * Describes the identity the portal calls Azure as for a signed-in user: who
 * they are, in which tenant, and what their token for the portal allows. It
 * never includes the token.
 *
 * @internal
 */
export function describeIdentity(user: ValidatedUserToken): IdentityContext {
  return {
    tenantId: user.tenantId,
    objectId: user.objectId,
    identityMode: 'delegated',
    audience: audienceOf(user.token),
    scopes: [...user.scopes],
    expiresAt: user.expiresAt.toISOString(),
  };
}
