/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash } from 'node:crypto';

export type CodeChallengeMethod = 'S256' | 'plain';

/** RFC 7636: challenges and verifiers are 43 to 128 characters. */
export function isValidCodeChallenge(challenge: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(challenge);
}

/** Whether `verifier` is the secret behind the authorize request's challenge. */
export function codeVerifierMatches(
  verifier: string,
  challenge: string,
  method: CodeChallengeMethod,
): boolean {
  if (method === 'plain') return verifier === challenge;
  return (
    createHash('sha256').update(verifier).digest('base64url') === challenge
  );
}
