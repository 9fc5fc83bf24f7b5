/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The suffix {@link toBackstageAzureError} ends Azure's errors with:
 * ` (AuthorizationFailed, correlation id 0f…)`.
 */
const AZURE_SUFFIX =
  /\(([A-Za-z][\w.]*|HTTP \d{3})(?:, correlation id ([\w-]+))?\)$/;

/**
 * What the audit ledger records of a failed action: Azure's error code and
 * correlation id when the error came from Azure (as `toBackstageAzureError`
 * words it), else the error's name.
 *
 * @public
 */
export function azureFailureDetails(error: Error): {
  errorCode: string;
  correlationId?: string;
  message: string;
} {
  const match = AZURE_SUFFIX.exec(error.message ?? '');
  return {
    errorCode: match?.[1] ?? error.name ?? 'Error',
    ...(match?.[2] ? { correlationId: match[2] } : {}),
    message: String(error.message ?? error),
  };
}
