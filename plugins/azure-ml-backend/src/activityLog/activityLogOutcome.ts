/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditOutcome } from '@azure-ml-backstage/plugin-azure-ml-common';

/** The outcome fields of an audit record. */
export type ActivityLogOutcome = {
  outcome: AzureMlAuditOutcome;
  errorCode?: string;
  deniedBy?: 'azure';
  message?: string;
};

/** What of an Activity Log event tells how the operation went. */
export type ActivityLogStatus = {
  /** `Started`, `Accepted`, `Succeeded`, `Failed`, ... */
  status?: string;
  /** Usually the HTTP status in words: `Created`, `Forbidden`, `Conflict`, ... */
  subStatus?: string;
  /** `statusCode` (a number or its name) and `statusMessage` (Azure's error body as JSON) among others. */
  properties?: Record<string, string>;
};

/** Azure error codes of a refusal by RBAC or by Azure Policy. */
const DENIALS = new Set([
  'authorizationfailed',
  'linkedauthorizationfailed',
  'requestdisallowedbypolicy',
]);

const IN_PROGRESS = new Set(['started', 'in progress', 'active']);
const SUCCEEDED = new Set(['accepted', 'succeeded', 'resolved']);

/** Azure's `{ error: { code, message } }` in `properties.statusMessage`, when it is there. */
function statusError(properties: Record<string, string> | undefined): {
  code?: string;
  message?: string;
} {
  const raw = properties?.statusMessage;
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw);
    const error = parsed?.error ?? parsed;
    return {
      code: typeof error?.code === 'string' ? error.code : undefined,
      message: typeof error?.message === 'string' ? error.message : undefined,
    };
  } catch {
    return { message: raw };
  }
}

function isForbidden(subStatus: string, statusCode: string): boolean {
  return (
    subStatus.toLowerCase() === 'forbidden' ||
    statusCode === '403' ||
    statusCode.toLowerCase() === 'forbidden'
  );
}

/**
 * The audit outcome of an Activity Log event: `Started` (and other in-flight
 * states) is `initiated`; `Accepted` (Azure took an asynchronous operation
 * on, as the portal records a 202) and `Succeeded` are `succeeded`; a
 * refusal by RBAC or Azure Policy is `denied` by Azure; other failures,
 * cancellations included, are `failed` with Azure's error code.
 *
 * @internal
 */
export function activityLogOutcome(
  event: ActivityLogStatus,
): ActivityLogOutcome {
  const status = (event.status ?? '').toLowerCase();
  if (IN_PROGRESS.has(status)) return { outcome: 'initiated' };
  if (SUCCEEDED.has(status)) return { outcome: 'succeeded' };
  const subStatus = event.subStatus ?? '';
  const statusCode = event.properties?.statusCode ?? '';
  const error = statusError(event.properties);
  const errorCode = error.code ?? (subStatus || event.status || 'Unknown');
  const message =
    error.message ??
    `Azure reported the operation ${event.status ?? 'with no status'}${
      subStatus ? ` (${subStatus})` : ''
    }`;
  if (
    DENIALS.has(errorCode.toLowerCase()) ||
    (!error.code && isForbidden(subStatus, statusCode))
  ) {
    return {
      outcome: 'denied',
      deniedBy: 'azure',
      errorCode: error.code ?? 'AuthorizationFailed',
      message,
    };
  }
  return { outcome: 'failed', errorCode, message };
}
