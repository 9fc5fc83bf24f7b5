/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { ArmError } from '../server/errors';
import { armHandler } from '../arm/armPipeline';
import { armPage } from '../arm/paging';
import { parseFilter, type FilterClause } from '../authorization/odataFilter';
import type { ActivityLogEvent } from '../state/model';

const MAX_WINDOW_MS = 90 * 24 * 3600 * 1000;

type EventFilter = (event: ActivityLogEvent) => boolean;

function fieldFilter(clause: FilterClause): EventFilter {
  if (clause.kind !== 'compare' || clause.op !== 'eq') {
    throw new ArmError(
      400,
      'BadRequest',
      `The $filter clause is not supported: only eventTimestamp ge/le and "field eq 'value'" are.`,
    );
  }
  const value = clause.value.toLowerCase();
  const by: Record<string, (e: ActivityLogEvent) => string> = {
    resourcegroupname: e => e.resourceGroupName,
    resourceuri: e => e.resourceId,
    resourceid: e => e.resourceId,
    resourceprovider: e => e.resourceProviderName.value,
    correlationid: e => e.correlationId,
    caller: e => e.caller,
    status: e => e.status.value,
    levels: e => e.level,
  };
  const read = by[clause.field.toLowerCase()];
  if (!read) {
    throw new ArmError(
      400,
      'BadRequest',
      `The $filter field '${
        clause.field
      }' is not supported. Supported: eventTimestamp, ${Object.keys(by).join(
        ', ',
      )}.`,
    );
  }
  return event => read(event).toLowerCase() === value;
}

/**
 * Reads the required time window and any field filters from an Activity Log
 * `$filter`, as Azure Monitor does: both bounds, at most 90 days apart.
 */
function readEventFilter(filter: string | undefined): EventFilter {
  const clauses = parseFilter(filter);
  const bound = (op: string) =>
    clauses.find(
      c =>
        c.kind === 'compare' &&
        c.field.toLowerCase() === 'eventtimestamp' &&
        c.op === op,
    );
  const from = bound('ge');
  const to = bound('le');
  if (!from || !to || from.kind !== 'compare' || to.kind !== 'compare') {
    throw new ArmError(
      400,
      'BadRequest',
      'The $filter must contain both "eventTimestamp ge \'<start>\'" and "eventTimestamp le \'<end>\'".',
    );
  }
  const fromMs = Date.parse(from.value);
  const toMs = Date.parse(to.value);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs) || toMs < fromMs) {
    throw new ArmError(
      400,
      'BadRequest',
      `The eventTimestamp bounds '${from.value}' and '${to.value}' are not a valid time range.`,
    );
  }
  if (toMs - fromMs > MAX_WINDOW_MS) {
    throw new ArmError(
      400,
      'BadRequest',
      'The time range of the query can not exceed 90 days.',
    );
  }
  const others = clauses.filter(c => c !== from && c !== to).map(fieldFilter);
  return event => {
    const at = Date.parse(event.eventTimestamp);
    return at >= fromMs && at <= toMs && others.every(f => f(event));
  };
}

/** Azure Monitor's Activity Log of a subscription (administrative events). */
export function createActivityLogRouter(ctx: EmulatorContext): Router {
  const router = Router({ mergeParams: true });

  router.get(
    '/providers/Microsoft.Insights/eventtypes/management/values',
    armHandler((req, res, arm) => {
      const scope = `/subscriptions/${arm.subscription.subscriptionId}`;
      arm.authorize('Microsoft.Insights/eventtypes/values/read', scope);
      const matches = readEventFilter(req.query.$filter as string | undefined);
      const events = ctx.state.activityLog.filter(
        e => e.subscriptionId === arm.subscription.subscriptionId && matches(e),
      );
      const select =
        typeof req.query.$select === 'string'
          ? req.query.$select.split(',').map(s => s.trim())
          : undefined;
      const shaped = select
        ? events.map(e =>
            Object.fromEntries(
              select.filter(k => k in e).map(k => [k, (e as any)[k]]),
            ),
          )
        : events;
      res.json(armPage(ctx, req, shaped, 200));
    }),
  );

  return router;
}
