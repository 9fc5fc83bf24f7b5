/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { ArmError } from '../server/errors';
import { armHandler } from './armPipeline';
import { armPage } from './paging';
import { authenticateCaller } from '../server/authenticateCaller';
import { ARM_AUDIENCE } from '../entra/firstPartyApis';
import { applicableAssignments } from '../authorization/rbac';
import { packagePath } from '../packageRoot';

const OPERATIONS_PATH = packagePath('fixtures', 'operations.json');

function subscriptionBody(s: {
  subscriptionId: string;
  tenantId: string;
  displayName: string;
}) {
  return {
    id: `/subscriptions/${s.subscriptionId}`,
    subscriptionId: s.subscriptionId,
    tenantId: s.tenantId,
    displayName: s.displayName,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'EnterpriseAgreement_2014-09-01',
      spendingLimit: 'Off',
    },
    authorizationSource: 'RoleBased',
  };
}

/** Microsoft.Resources: the subscription itself and its resource groups. */
export function createResourceManagerRouter(ctx: EmulatorContext): Router {
  const router = Router({ mergeParams: true });

  router.get(
    '/',
    armHandler((_req, res, arm) => {
      arm.authorize(
        'Microsoft.Resources/subscriptions/read',
        `/subscriptions/${arm.subscription.subscriptionId}`,
      );
      res.json(subscriptionBody(arm.subscription));
    }),
  );

  router.get(
    '/resourcegroups',
    armHandler((req, res, arm) => {
      const scope = `/subscriptions/${arm.subscription.subscriptionId}`;
      arm.authorize(
        'Microsoft.Resources/subscriptions/resourceGroups/read',
        scope,
      );
      const groups = [...ctx.state.resourceGroups.values()]
        .filter(g => g.subscriptionId === arm.subscription.subscriptionId)
        .map(g => ({
          id: g.id,
          name: g.name,
          type: 'Microsoft.Resources/resourceGroups',
          location: g.location,
          properties: { provisioningState: 'Succeeded' },
        }));
      res.json(armPage(ctx, req, groups));
    }),
  );

  router.get(
    '/resourcegroups/:resourceGroupName',
    armHandler((req, res, arm) => {
      const id = `/subscriptions/${arm.subscription.subscriptionId}/resourceGroups/${req.params.resourceGroupName}`;
      arm.authorize(
        'Microsoft.Resources/subscriptions/resourceGroups/read',
        id,
      );
      const group = ctx.state.resourceGroups.get(id.toLowerCase());
      if (!group)
        throw new ArmError(
          404,
          'ResourceGroupNotFound',
          `Resource group '${req.params.resourceGroupName}' could not be found.`,
        );
      res.json({
        id: group.id,
        name: group.name,
        type: 'Microsoft.Resources/resourceGroups',
        location: group.location,
        properties: { provisioningState: 'Succeeded' },
      });
    }),
  );

  return router;
}

/**
 * Tenant-level ARM routes: the caller's subscriptions (those where it holds any
 * role, as ARM lists them) and Azure ML's operations list.
 */
createResourceManagerRouter.tenantLevel = (ctx: EmulatorContext): Router => {
  const router = Router();
  const operations = JSON.parse(
    readFileSync(OPERATIONS_PATH, 'utf8'),
  ).operations;

  router.get('/subscriptions', async (req, res) => {
    try {
      const caller = await authenticateCaller(ctx, req.headers.authorization, [
        ARM_AUDIENCE,
        'https://management.core.windows.net/',
      ]);
      const visible = ctx.state
        .subscriptionsOf(caller.tenantId)
        .filter(
          s =>
            applicableAssignments(
              ctx.state,
              caller.objectId,
              `/subscriptions/${s.subscriptionId}`,
            ).length > 0 ||
            ctx.state.roleAssignments.some(
              a =>
                a.scope
                  .toLowerCase()
                  .startsWith(`/subscriptions/${s.subscriptionId}/`) &&
                applicableAssignments(ctx.state, caller.objectId, a.scope)
                  .length > 0,
            ),
        );
      res.json(armPage(ctx, req, visible.map(subscriptionBody)));
    } catch {
      res.status(401).json({
        error: {
          code: 'AuthenticationFailed',
          message: 'Authentication failed.',
        },
      });
    }
  });

  router.get(
    '/providers/Microsoft.MachineLearningServices/operations',
    (_req, res) => {
      res.json({
        value: operations.map((o: { name: string; description: string }) => ({
          name: o.name,
          isDataAction: false,
          display: {
            provider: 'Microsoft Machine Learning Services',
            resource: o.name.split('/').slice(1, -1).join('/'),
            operation: o.description,
            description: o.description,
          },
        })),
      });
    },
  );

  return router;
};
