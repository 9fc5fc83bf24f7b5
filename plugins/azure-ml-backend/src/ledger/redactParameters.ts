/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * What stands in for a secret in the ledger.
 *
 * @internal
 */
export const REDACTED = '[redacted]';

/** Keys that name a secret, in any case, anywhere in the key. */
const SECRET_KEY = /secret|password|token|key|credential|connectionstring|sas/i;

/** A JSON Web Token: three base64url parts, the header a JSON object (`eyJ`). */
const JWT = /\beyJ[\w-]*\.[\w-]+\.[\w-]*/;

/** An HTTP bearer credential, for example a copied Authorization header. */
const BEARER = /\bbearer\s+\S+/i;

/** A shared access signature in a URL or query string. */
const SAS_SIGNATURE = /(?:^|[?&])sig=[^&\s]+/i;

/** Nesting deeper than this is cut off rather than walked. */
const MAX_DEPTH = 32;

function looksLikeSecret(value: string): boolean {
  return JWT.test(value) || BEARER.test(value) || SAS_SIGNATURE.test(value);
}

function redact(value: unknown, depth: number, seen: Set<object>): unknown {
  if (typeof value === 'string') {
    return looksLikeSecret(value) ? REDACTED : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  if (value instanceof Date) return value.toISOString();
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map(item => redact(item, depth + 1, seen));
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) ? REDACTED : redact(item, depth + 1, seen),
      ]),
    );
  } finally {
    seen.delete(value);
  }
}

/**
 * A copy of an action's parameters fit for the audit ledger: the value of
 * every key that names a secret (secret, password, token, key, credential,
 * connectionString, sas; any case, at any depth) and every string that looks
 * like a credential (a JWT, a `Bearer …` header, a SAS signature) is
 * replaced by {@link REDACTED}.
 *
 * @internal
 */
export function redactParameters(
  parameters: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return redact(parameters ?? {}, 0, new Set()) as Record<string, unknown>;
}
