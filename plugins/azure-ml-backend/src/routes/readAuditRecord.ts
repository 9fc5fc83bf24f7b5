/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { z } from 'zod';
import { correlationIdSchema, parseInput } from './zodInput';
import type { AuditRecord } from '../ledger/AuditLedger';
import {
  azureMlAuditActions,
  azureMlAuditOutcomes,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/** The most a posted event's parameters may take as JSON. */
const MAX_PARAMETERS_BYTES = 16 * 1024;

const text = (max: number) => z.string().min(1).max(max).optional();
const armId = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^\/subscriptions\/\S+$/, {
      message:
        'must be an Azure Resource Manager id starting with /subscriptions/, without spaces',
    })
    .optional();

const parameters = z
  .record(z.string(), z.unknown())
  .refine(
    value =>
      Buffer.byteLength(JSON.stringify(value), 'utf8') <= MAX_PARAMETERS_BYTES,
    { message: `must take at most ${MAX_PARAMETERS_BYTES} bytes as JSON` },
  )
  .optional();

const postedRecord = z
  .strictObject({
    actor: z
      .strictObject({
        userEntityRef: text(255),
        objectId: text(64),
        tenantId: text(64),
        service: text(255),
      })
      .refine(actor => Object.values(actor).some(Boolean), {
        message: 'must name who acted',
      }),
    action: z.enum(azureMlAuditActions),
    targetResourceId: armId(2048),
    workspaceId: armId(1024),
    parameters,
    outcome: z.enum(azureMlAuditOutcomes),
    errorCode: text(255),
    deniedBy: z.enum(['backstage', 'azure']).optional(),
    message: text(4096),
    correlationId: correlationIdSchema,
    requestId: text(255),
    clientIp: text(64),
    userAgent: text(1024),
    // The portal's own routes and the Activity Log importer write directly.
    source: z.enum(['scaffolder', 'catalog']),
  })
  .refine(
    record => (record.outcome === 'denied') === Boolean(record.deniedBy),
    {
      path: ['deniedBy'],
      message: "is required for outcome 'denied' and only allowed with it",
    },
  );

/**
 * The event another backend plugin posts, checked strictly (known action,
 * outcome and source, bounded strings, `parameters` an object of at most
 * 16 KiB as JSON, `deniedBy` exactly with `denied`); the actor's `service`
 * is the calling plugin when the body names none. Throws `InputError`
 * naming every problem.
 *
 * @param caller - The subject of the calling service's credentials, e.g. `plugin:catalog`.
 * @internal
 */
export function readAuditRecord(body: unknown, caller: string): AuditRecord {
  const record = parseInput(postedRecord, body, {
    what: 'audit event',
    root: 'body',
  });
  return {
    ...record,
    actor: { ...record.actor, service: record.actor.service ?? caller },
  };
}
