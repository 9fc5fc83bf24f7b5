/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../state/EmulatorState';

/** What the user agreed to at `/authorize`, redeemable once at `/token`. */
export type AuthorizationGrant = {
  tenantId: string;
  clientId: string;
  /** The signed-in user's object in `tenantId`. */
  userObjectId: string;
  redirectUri: string;
  scope: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  expiresAtSeconds: number;
};

/** A refresh token's session: one user, one client; any consented resource. */
export type RefreshGrant = {
  tenantId: string;
  clientId: string;
  userObjectId: string;
  expiresAtSeconds: number;
};

export const AUTHORIZATION_CODE_LIFETIME_SECONDS = 600;
export const REFRESH_TOKEN_LIFETIME_SECONDS = 90 * 24 * 3600;

const opaque = (prefix: string) =>
  `${prefix}${randomBytes(48).toString('base64url')}`;

/** Outstanding authorization codes and refresh tokens of one emulated world. */
export class GrantStore {
  private readonly codes = new Map<
    string,
    AuthorizationGrant & { redeemed: boolean }
  >();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  issueCode(grant: AuthorizationGrant): string {
    const code = opaque('1.A');
    this.codes.set(code, { ...grant, redeemed: false });
    return code;
  }

  findCode(code: string) {
    return this.codes.get(code);
  }

  redeemCode(code: string): void {
    this.codes.get(code)!.redeemed = true;
  }

  issueRefreshToken(grant: RefreshGrant): string {
    const token = opaque('0.A');
    this.refreshTokens.set(token, grant);
    return token;
  }

  findRefreshToken(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token);
  }

  /** Refresh tokens rotate: a redeemed one is gone. */
  revokeRefreshToken(token: string): void {
    this.refreshTokens.delete(token);
  }
}

// Keyed by the state so resetting the emulated world forgets every grant.
const stores = new WeakMap<EmulatorState, GrantStore>();

export function grantStoreOf(state: EmulatorState): GrantStore {
  let store = stores.get(state);
  if (!store) {
    store = new GrantStore();
    stores.set(state, store);
  }
  return store;
}
