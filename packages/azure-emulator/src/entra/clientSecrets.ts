/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { timingSafeEqual } from 'node:crypto';
import type { AppRegistration } from '../state/model';
import { expiredClientSecret, invalidClientSecret } from './entraErrors';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks a `client_secret` against the app's password credentials: a secret
 * that matches only an expired credential is AADSTS7000222, any other
 * mismatch AADSTS7000215.
 */
export function verifyClientSecret(
  app: AppRegistration,
  secret: string,
  nowMs: number,
): void {
  const matching = app.passwordCredentials.filter(p =>
    sameText(p.secretText, secret),
  );
  if (matching.length === 0) throw invalidClientSecret(app.appId);
  const current = matching.some(
    p =>
      Date.parse(p.startDateTime) <= nowMs && nowMs < Date.parse(p.endDateTime),
  );
  if (!current) throw expiredClientSecret(app.appId);
}
