/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext, FaultSettings } from '../server/EmulatorContext';
import { newRoleAssignment } from '../authorization/newRoleAssignment';
import { stableGuid } from '../demo/seededRandom';

export type AdminHooks = {
  /** Restores the demo world and clears faults, budgets and counters. */
  reset(): void;
};

const FAULT_KEYS: (keyof FaultSettings)[] = [
  'latencyMs',
  'serverErrorRate',
  'serviceUnavailableRate',
  'throttleRate',
  'throttleRetryAfterSeconds',
  'tokenClockSkewSeconds',
  'subscriptions',
];

/**
 * The test-only admin API: reset the world, set faults, change role
 * assignments, read request counts. Not part of Azure.
 */
export function createAdminRouter(
  ctx: EmulatorContext,
  hooks: AdminHooks,
): Router {
  const router = Router();

  router.post('/reset', (_req, res) => {
    hooks.reset();
    res.status(204).end();
  });

  router.get('/faults', (_req, res) => {
    res.json(ctx.faults);
  });

  router.put('/faults', (req, res) => {
    const body = req.body ?? {};
    const unknown = Object.keys(body).filter(
      k => !FAULT_KEYS.includes(k as keyof FaultSettings),
    );
    const valid = (k: keyof FaultSettings) =>
      k === 'subscriptions'
        ? Array.isArray(body[k]) &&
          body[k].every((s: unknown) => typeof s === 'string')
        : typeof body[k] === 'number' && Number.isFinite(body[k]);
    const invalid = FAULT_KEYS.filter(k => k in body && !valid(k));
    if (unknown.length || invalid.length) {
      res.status(400).json({
        error: {
          code: 'InvalidFaults',
          message: `Unknown keys [${unknown}] or invalid values [${invalid}] (numbers; subscriptions: a list of ids); allowed: ${FAULT_KEYS.join(
            ', ',
          )}.`,
        },
      });
      return;
    }
    Object.assign(ctx.faults, body);
    res.json(ctx.faults);
  });

  router.put('/budgets', (req, res) => {
    const kinds = ['reads', 'writes'] as const;
    const valid = kinds.every(k => {
      const b = req.body?.[k];
      return (
        b &&
        Number.isFinite(b.capacity) &&
        b.capacity > 0 &&
        Number.isFinite(b.refillPerSecond) &&
        b.refillPerSecond > 0
      );
    });
    if (!valid) {
      res.status(400).json({
        error: {
          code: 'InvalidBudgets',
          message:
            'Give reads and writes, each { capacity, refillPerSecond } with positive numbers.',
        },
      });
      return;
    }
    ctx.budgets.setBudgets({ reads: req.body.reads, writes: req.body.writes });
    res.json(req.body);
  });

  router.get('/request-counts', (_req, res) => {
    res.json(Object.fromEntries(ctx.requestCounts));
  });

  router.get('/role-assignments', (_req, res) => {
    res.json(ctx.state.roleAssignments);
  });

  router.post('/role-assignments', (req, res) => {
    const { scope, principalId, roleName, principalType } = req.body ?? {};
    const role = [...ctx.state.roleDefinitions.values()].find(
      r => r.roleName === roleName,
    );
    if (
      typeof scope !== 'string' ||
      !scope.startsWith('/subscriptions/') ||
      typeof principalId !== 'string' ||
      !role
    ) {
      res.status(400).json({
        error: {
          code: 'InvalidRoleAssignment',
          message:
            'Give scope (/subscriptions/...), principalId and a built-in roleName.',
        },
      });
      return;
    }
    const assignment = newRoleAssignment({
      name: stableGuid(`${scope}|${principalId}|${role.name}`),
      scope,
      role,
      principalId,
      principalType: principalType ?? 'User',
      createdOn: new Date(ctx.now()).toISOString(),
    });
    ctx.state.roleAssignments.push(assignment);
    res.status(201).json(assignment);
  });

  router.delete('/role-assignments/:name', (req, res) => {
    const index = ctx.state.roleAssignments.findIndex(
      a => a.name === req.params.name,
    );
    if (index < 0) {
      res.status(404).json({
        error: {
          code: 'RoleAssignmentNotFound',
          message: `No role assignment ${req.params.name}.`,
        },
      });
      return;
    }
    ctx.state.roleAssignments.splice(index, 1);
    res.status(204).end();
  });

  return router;
}
