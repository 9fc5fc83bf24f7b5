/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The AADSTS number an error of Microsoft Entra carries in its message, for
 * example 65001 for missing consent.
 *
 * @internal
 */
export function entraErrorCode(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const match = /AADSTS(\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** AADSTS65001: the user or an administrator has not consented. */
export const CONSENT_REQUIRED = 65001;

/** AADSTS50020: the user has no account (member or guest) in the tenant. */
export const NO_ACCOUNT_IN_TENANT = 50020;
