/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { ArmError } from '../server/errors';
import { armHandler, type ArmCall } from '../arm/armPipeline';
import { armPage } from '../arm/paging';
import type { ArmResource } from '../state/model';
import {
  FEDERATED_CREDENTIAL_TYPE,
  assertFederatedCredentialName,
  readFederatedCredentialProperties,
} from './federatedCredentialBody';

const IDENTITY_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';
const IDENTITY =
  '/resourceGroups/:resourceGroupName/providers/Microsoft.ManagedIdentity/userAssignedIdentities/:identityName';
const MAX_FEDERATED_CREDENTIALS = 20;

/**
 * Microsoft.ManagedIdentity: user-assigned identities (read) and their
 * federated identity credentials (create, read, list, delete). Entra's token
 * endpoint honours these credentials for client assertions.
 */
export function createManagedIdentityRouter(ctx: EmulatorContext): Router {
  const router = Router({ mergeParams: true });

  function identityId(arm: ArmCall, params: Record<string, string>) {
    return `/subscriptions/${arm.subscription.subscriptionId}/resourceGroups/${params.resourceGroupName}/providers/${IDENTITY_TYPE}/${params.identityName}`;
  }

  function requireIdentity(id: string, name: string): ArmResource {
    const identity = ctx.state.getResource(id);
    if (!identity) {
      throw new ArmError(
        404,
        'ResourceNotFound',
        `The Resource '${IDENTITY_TYPE}/${name}' under resource group '${
          id.split('/')[4]
        }' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
      );
    }
    return identity;
  }

  router.get(
    '/providers/Microsoft.ManagedIdentity/userAssignedIdentities',
    armHandler((req, res, arm) => {
      const scope = `/subscriptions/${arm.subscription.subscriptionId}`;
      arm.authorize(`${IDENTITY_TYPE}/read`, scope);
      res.json(armPage(ctx, req, ctx.state.listByScope(scope, IDENTITY_TYPE)));
    }),
  );

  router.get(
    '/resourceGroups/:resourceGroupName/providers/Microsoft.ManagedIdentity/userAssignedIdentities',
    armHandler((req, res, arm) => {
      const scope = `/subscriptions/${arm.subscription.subscriptionId}/resourceGroups/${req.params.resourceGroupName}`;
      arm.authorize(`${IDENTITY_TYPE}/read`, scope);
      res.json(armPage(ctx, req, ctx.state.listByScope(scope, IDENTITY_TYPE)));
    }),
  );

  router.get(
    IDENTITY,
    armHandler((req, res, arm) => {
      const id = identityId(arm, req.params);
      arm.authorize(`${IDENTITY_TYPE}/read`, id);
      res.json(requireIdentity(id, req.params.identityName));
    }),
  );

  router.get(
    `${IDENTITY}/federatedIdentityCredentials`,
    armHandler((req, res, arm) => {
      const id = identityId(arm, req.params);
      arm.authorize(`${FEDERATED_CREDENTIAL_TYPE}/read`, id);
      requireIdentity(id, req.params.identityName);
      res.json(
        armPage(
          ctx,
          req,
          ctx.state.listChildren(id, FEDERATED_CREDENTIAL_TYPE),
        ),
      );
    }),
  );

  router.get(
    `${IDENTITY}/federatedIdentityCredentials/:name`,
    armHandler((req, res, arm) => {
      const id = `${identityId(arm, req.params)}/federatedIdentityCredentials/${
        req.params.name
      }`;
      arm.authorize(`${FEDERATED_CREDENTIAL_TYPE}/read`, id);
      const credential = ctx.state.getResource(id);
      if (!credential) {
        throw new ArmError(
          404,
          'NotFound',
          `Federated identity credential '${req.params.name}' was not found.`,
        );
      }
      res.json(credential);
    }),
  );

  router.put(
    `${IDENTITY}/federatedIdentityCredentials/:name`,
    armHandler((req, res, arm) => {
      const parentId = identityId(arm, req.params);
      const id = `${parentId}/federatedIdentityCredentials/${req.params.name}`;
      arm.authorize(`${FEDERATED_CREDENTIAL_TYPE}/write`, id);
      requireIdentity(parentId, req.params.identityName);
      assertFederatedCredentialName(req.params.name);
      const properties = readFederatedCredentialProperties(req.body);
      const siblings = ctx.state.listChildren(
        parentId,
        FEDERATED_CREDENTIAL_TYPE,
      );
      const existing = ctx.state.getResource(id);
      if (!existing && siblings.length >= MAX_FEDERATED_CREDENTIALS) {
        throw new ArmError(
          400,
          'BadRequest',
          `A user-assigned identity can have at most ${MAX_FEDERATED_CREDENTIALS} federated identity credentials.`,
        );
      }
      const clash = siblings.find(
        s =>
          s.id.toLowerCase() !== id.toLowerCase() &&
          s.properties.issuer === properties.issuer &&
          s.properties.subject === properties.subject,
      );
      if (clash) {
        throw new ArmError(
          409,
          'Conflict',
          `Federated identity credential '${clash.name}' already has issuer '${properties.issuer}' and subject '${properties.subject}'.`,
        );
      }
      const now = new Date(ctx.now()).toISOString();
      const actor = arm.caller.displayName;
      const actorType =
        arm.caller.principalType === 'User' ? 'User' : 'Application';
      const credential = ctx.state.putResource({
        id,
        name: req.params.name,
        type: FEDERATED_CREDENTIAL_TYPE,
        properties,
        systemData: {
          createdAt: existing?.systemData?.createdAt ?? now,
          createdBy: existing?.systemData?.createdBy ?? actor,
          createdByType: existing?.systemData?.createdByType ?? actorType,
          lastModifiedAt: now,
          lastModifiedBy: actor,
          lastModifiedByType: actorType,
        },
      });
      res.status(existing ? 200 : 201).json(credential);
    }),
  );

  router.delete(
    `${IDENTITY}/federatedIdentityCredentials/:name`,
    armHandler((req, res, arm) => {
      const id = `${identityId(arm, req.params)}/federatedIdentityCredentials/${
        req.params.name
      }`;
      arm.authorize(`${FEDERATED_CREDENTIAL_TYPE}/delete`, id);
      res.status(ctx.state.deleteResource(id) ? 200 : 204).end();
    }),
  );

  return router;
}
