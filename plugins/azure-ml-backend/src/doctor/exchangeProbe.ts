/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  readAccessTokenClaims,
  type OnBehalfOfExchange,
  type ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { entraErrorCode } from './entraErrorCode';

/**
 * What one on-behalf-of exchange gave: the claims of the token (never the
 * token), or Entra's refusal with its AADSTS code.
 *
 * @internal
 */
export type ExchangeOutcome =
  | { ok: true; scopes: string[]; audiences: string[]; objectId?: string }
  | { ok: false; code?: number; message: string };

/**
 * Tries the on-behalf-of exchange the portal makes for `scope` in
 * `tenantId`, as it makes it (through the same cache).
 *
 * @internal
 */
export async function probeExchange(
  exchange: OnBehalfOfExchange,
  user: ValidatedUserToken,
  scope: string,
  tenantId: string,
): Promise<ExchangeOutcome> {
  try {
    const { token } = await exchange.getToken(user, scope, { tenantId });
    const claims = readAccessTokenClaims(token);
    return {
      ok: true,
      scopes: claims?.scopes ?? [],
      audiences: claims?.audiences ?? [],
      // A guest's object id in the workspace's tenant is not their home one.
      objectId: claims?.objectId,
    };
  } catch (error) {
    return {
      ok: false,
      code: entraErrorCode(error),
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
