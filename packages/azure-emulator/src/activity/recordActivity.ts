/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { Caller } from '../server/authenticateCaller';
import type { ActivityLogEvent, Subscription } from '../state/model';

export type ArmWrite = {
  caller: Caller;
  subscription: Subscription;
  action: string;
  resourceId: string;
  statusCode: number;
  correlationId: string;
  clientRequestId: string;
  clientIp: string;
  method: string;
};

const localized = <T extends string>(value: T) => ({
  value,
  localizedValue: value,
});

function outcome(statusCode: number): {
  status: string;
  subStatus: string;
  level: ActivityLogEvent['level'];
} {
  if (statusCode === 202)
    return {
      status: 'Accepted',
      subStatus: 'Accepted',
      level: 'Informational',
    };
  if (statusCode < 400)
    return {
      status: 'Succeeded',
      subStatus: statusCode === 201 ? 'Created' : 'OK',
      level: 'Informational',
    };
  if (statusCode === 403)
    return { status: 'Failed', subStatus: 'Forbidden', level: 'Error' };
  if (statusCode === 404)
    return { status: 'Failed', subStatus: 'NotFound', level: 'Error' };
  if (statusCode === 409)
    return { status: 'Failed', subStatus: 'Conflict', level: 'Error' };
  return {
    status: 'Failed',
    subStatus: statusCode >= 500 ? 'InternalServerError' : 'BadRequest',
    level: 'Error',
  };
}

/**
 * Records a write, action or delete as Azure's Activity Log does: a `Started`
 * event and one with the outcome, sharing the request's correlation id.
 */
export function recordActivity(ctx: EmulatorContext, write: ArmWrite) {
  const { caller, subscription } = write;
  const segments = write.resourceId.split('/');
  const groupIndex = segments.findIndex(
    s => s.toLowerCase() === 'resourcegroups',
  );
  const providerIndex = segments.findIndex(
    s => s.toLowerCase() === 'providers',
  );
  const provider =
    providerIndex >= 0 ? segments[providerIndex + 1] : 'Microsoft.Resources';
  const resourceType =
    providerIndex >= 0
      ? [
          provider,
          ...segments.slice(providerIndex + 2).filter((_, i) => i % 2 === 0),
        ].join('/')
      : 'Microsoft.Resources/subscriptions';
  const timestamp = new Date(ctx.now()).toISOString();
  const operationId = randomUUID();
  const base = {
    correlationId: write.correlationId,
    operationId,
    operationName: localized(write.action),
    category: localized('Administrative' as const),
    resourceId: write.resourceId,
    resourceGroupName: groupIndex >= 0 ? segments[groupIndex + 1] : '',
    resourceProviderName: localized(provider),
    resourceType: localized(resourceType),
    eventTimestamp: timestamp,
    submissionTimestamp: timestamp,
    subscriptionId: subscription.subscriptionId,
    tenantId: subscription.tenantId,
    caller:
      caller.principalType === 'User' ? caller.displayName : caller.objectId,
    claims: {
      aud: String(caller.claims.aud),
      iss: String(caller.claims.iss),
      'http://schemas.microsoft.com/identity/claims/objectidentifier':
        caller.objectId,
      'http://schemas.microsoft.com/identity/claims/tenantid': caller.tenantId,
      appid: caller.appId,
      ...(caller.principalType === 'User'
        ? { name: String(caller.claims.name ?? '') }
        : {}),
    },
    httpRequest: {
      clientRequestId: write.clientRequestId,
      clientIpAddress: write.clientIp,
      method: write.method,
    },
    authorization: { action: write.action, scope: write.resourceId },
  };
  const { status, subStatus, level } = outcome(write.statusCode);
  ctx.state.activityLog.push(
    {
      ...base,
      eventDataId: randomUUID(),
      status: localized('Started'),
      subStatus: localized(''),
      level: 'Informational',
      properties: {},
    },
    {
      ...base,
      eventDataId: randomUUID(),
      status: localized(status),
      subStatus: localized(subStatus),
      level,
      properties: { statusCode: String(write.statusCode) },
    },
  );
}
