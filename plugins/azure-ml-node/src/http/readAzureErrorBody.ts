/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The error code and message of an Azure error answer: ARM's
 * `{ "error": { "code", "message" } }` or MLflow's
 * `{ "error_code", "message" }`. Empty when the body is neither.
 *
 * @param bodyAsText - The response body, if it was read as text.
 * @public
 */
export function readAzureErrorBody(bodyAsText: string | undefined | null): {
  code?: string;
  message?: string;
} {
  if (!bodyAsText) return {};
  let body: unknown;
  try {
    body = JSON.parse(bodyAsText);
  } catch {
    return {};
  }
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const nested =
    typeof record.error === 'object' && record.error !== null
      ? (record.error as Record<string, unknown>)
      : undefined;
  const code = nested?.code ?? record.error_code;
  const message = nested?.message ?? record.message;
  return {
    ...(typeof code === 'string' && { code }),
    ...(typeof message === 'string' && { message }),
  };
}
