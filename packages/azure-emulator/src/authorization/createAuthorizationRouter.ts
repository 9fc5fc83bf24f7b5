/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Request, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { ArmError } from '../server/errors';
import { armHandler, type ArmCall } from '../arm/armPipeline';
import { armPage } from '../arm/paging';
import {
  applicableAssignments,
  principalIdsOf,
  roleDefinitionGuid,
  scopeContains,
} from './rbac';
import { parseFilter } from './odataFilter';
import { roleAssignmentBody, roleDefinitionBody } from './roleBodies';
import { newRoleAssignment } from './newRoleAssignment';
import {
  deleteCustomRoleDefinition,
  isAssignableAt,
  putCustomRoleDefinition,
  roleDefinitionIn,
} from './customRoleDefinitions';
import type { RoleAssignment } from '../state/model';

const AUTHORIZATION_PATH =
  /^(?<scope>.*?)\/providers\/Microsoft\.Authorization\/(?<kind>roleAssignments|roleDefinitions|permissions)(?:\/(?<name>[^/]+))?\/?$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Target = { scope: string; kind: string; name?: string };

function targetOf(req: Request, arm: ArmCall): Target | undefined {
  const m = AUTHORIZATION_PATH.exec(req.path);
  if (!m?.groups) return undefined;
  return {
    scope: `/subscriptions/${
      arm.subscription.subscriptionId
    }${m.groups.scope.replace(/\/+$/, '')}`,
    kind: m.groups.kind.toLowerCase(),
    name: m.groups.name,
  };
}

function assertScopeExists(ctx: EmulatorContext, scope: string) {
  const segments = scope.split('/').filter(Boolean);
  if (
    segments.length === 4 &&
    !ctx.state.resourceGroups.has(scope.toLowerCase())
  ) {
    throw new ArmError(
      404,
      'ResourceGroupNotFound',
      `Resource group '${segments[3]}' could not be found.`,
    );
  }
  if (segments.length > 4 && !ctx.state.getResource(scope)) {
    throw new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${segments.slice(5).join('/')}' under resource group '${
        segments[3]
      }' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  }
}

/**
 * Microsoft.Authorization at any scope below a subscription: role
 * definitions (read; custom roles also created, updated and deleted), role
 * assignments (read, create, delete) and the caller's own effective
 * permissions.
 */
export function createAuthorizationRouter(ctx: EmulatorContext): Router {
  const router = Router({ mergeParams: true });

  function listDefinitions(req: Request, target: Target, tenantId: string) {
    const clauses = parseFilter(req.query.$filter as string | undefined);
    return [...ctx.state.roleDefinitions.values()]
      .filter(
        role =>
          role.roleType === 'BuiltInRole' ||
          (role.tenantId === tenantId && isAssignableAt(role, target.scope)),
      )
      .filter(role =>
        clauses.every(c => {
          if (c.kind === 'compare' && c.field.toLowerCase() === 'rolename')
            return role.roleName.toLowerCase() === c.value.toLowerCase();
          if (c.kind === 'compare' && c.field.toLowerCase() === 'type')
            return role.roleType.toLowerCase() === c.value.toLowerCase();
          throw new ArmError(
            400,
            'InvalidFilterInQueryString',
            `The filter '${req.query.$filter}' is not supported for role definitions.`,
          );
        }),
      )
      .map(role => roleDefinitionBody(role, target.scope));
  }

  function listAssignments(req: Request, target: Target): RoleAssignment[] {
    const clauses = parseFilter(req.query.$filter as string | undefined);
    const atScopeOnly = clauses.some(
      c => c.kind === 'call' && c.name.toLowerCase() === 'atscope',
    );
    return ctx.state.roleAssignments.filter(a => {
      const related = atScopeOnly
        ? scopeContains(a.scope, target.scope)
        : scopeContains(a.scope, target.scope) ||
          scopeContains(target.scope, a.scope);
      return (
        related &&
        clauses.every(c => {
          if (c.kind === 'call' && c.name.toLowerCase() === 'atscope')
            return true;
          if (c.kind === 'call' && c.name.toLowerCase() === 'assignedto')
            return principalIdsOf(ctx.state, c.argument ?? '').includes(
              a.principalId,
            );
          if (
            c.kind === 'compare' &&
            c.field.toLowerCase() === 'principalid' &&
            c.op === 'eq'
          )
            return a.principalId === c.value;
          throw new ArmError(
            400,
            'InvalidFilterInQueryString',
            `The filter '${req.query.$filter}' is not supported for role assignments.`,
          );
        })
      );
    });
  }

  function principalExists(tenantId: string, principalId: string): boolean {
    const { state } = ctx;
    return (
      state.users.get(principalId)?.tenantId === tenantId ||
      state.groups.get(principalId)?.tenantId === tenantId ||
      [...state.apps.values()].some(
        app => app.servicePrincipalsByTenant[tenantId] === principalId,
      ) ||
      [...state.managedIdentities.values()].some(
        mi => mi.tenantId === tenantId && mi.principalId === principalId,
      )
    );
  }

  function createAssignment(req: Request, arm: ArmCall, target: Target) {
    const name = target.name!;
    if (!GUID.test(name)) {
      throw new ArmError(
        400,
        'InvalidRoleAssignmentId',
        `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
      );
    }
    const properties = req.body?.properties;
    const roleDefinitionId = properties?.roleDefinitionId;
    const principalId = properties?.principalId;
    if (
      typeof roleDefinitionId !== 'string' ||
      typeof principalId !== 'string'
    ) {
      throw new ArmError(
        400,
        'InvalidRequestContent',
        'The request content must have properties.roleDefinitionId and properties.principalId.',
      );
    }
    const tenantId = arm.subscription.tenantId;
    const role = roleDefinitionIn(ctx.state, tenantId, roleDefinitionId);
    if (!role) {
      throw new ArmError(
        400,
        'RoleDefinitionDoesNotExist',
        `The specified role definition with ID '${roleDefinitionGuid(
          roleDefinitionId,
        )}' does not exist.`,
      );
    }
    if (!isAssignableAt(role, target.scope)) {
      throw new ArmError(
        400,
        'RoleDefinitionNotAssignableAtScope',
        `The role definition '${role.name}' (${
          role.roleName
        }) cannot be assigned at scope '${
          target.scope
        }': it is assignable only at or below ${role.assignableScopes
          .map(s => `'${s}'`)
          .join(', ')}.`,
      );
    }
    if (!principalExists(tenantId, principalId)) {
      throw new ArmError(
        400,
        'PrincipalNotFound',
        `Principal ${principalId.replaceAll(
          '-',
          '',
        )} does not exist in the directory ${tenantId}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay.`,
      );
    }
    const existing = ctx.state.roleAssignments.find(a => a.name === name);
    const duplicate = ctx.state.roleAssignments.find(
      a =>
        a.name !== name &&
        a.principalId === principalId &&
        roleDefinitionGuid(a.roleDefinitionId) === role.name &&
        a.scope.toLowerCase() === target.scope.toLowerCase(),
    );
    if (duplicate)
      throw new ArmError(
        409,
        'RoleAssignmentExists',
        'The role assignment already exists.',
      );
    if (existing) {
      if (
        existing.principalId !== principalId ||
        roleDefinitionGuid(existing.roleDefinitionId) !== role.name
      ) {
        throw new ArmError(
          400,
          'RoleAssignmentUpdateNotPermitted',
          'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
        );
      }
      return { status: 200, assignment: existing };
    }
    const assignment = newRoleAssignment({
      name,
      scope: target.scope,
      role,
      principalId,
      principalType: properties.principalType ?? 'User',
      createdOn: new Date(ctx.now()).toISOString(),
    });
    ctx.state.roleAssignments.push(assignment);
    return { status: 201, assignment };
  }

  /** PUT or DELETE of a custom role definition, authorized at its id. */
  function writeDefinition(
    req: Request,
    res: Response,
    arm: ArmCall,
    target: Target & { name: string },
  ) {
    const definitionId = `${target.scope}/providers/Microsoft.Authorization/roleDefinitions/${target.name}`;
    const tenantId = arm.subscription.tenantId;
    if (req.method === 'PUT') {
      arm.authorize(
        'Microsoft.Authorization/roleDefinitions/write',
        definitionId,
      );
      const { status, role } = putCustomRoleDefinition(ctx.state, {
        name: target.name,
        scope: target.scope,
        tenantId,
        callerObjectId: arm.caller.objectId,
        body: req.body,
        now: new Date(ctx.now()).toISOString(),
      });
      return res.status(status).json(roleDefinitionBody(role, target.scope));
    }
    arm.authorize(
      'Microsoft.Authorization/roleDefinitions/delete',
      definitionId,
    );
    const deleted = deleteCustomRoleDefinition(
      ctx.state,
      tenantId,
      target.name,
    );
    if (!deleted) return res.status(204).end();
    return res.json(roleDefinitionBody(deleted, target.scope));
  }

  const handler = armHandler((req, res, arm) =>
    handle(req, res, arm, targetOf(req, arm)!),
  );
  router.use((req, res, next) =>
    AUTHORIZATION_PATH.test(req.path) ? handler(req, res, next) : next(),
  );

  function handle(req: Request, res: Response, arm: ArmCall, target: Target) {
    assertScopeExists(ctx, target.scope);
    if (target.kind === 'permissions' && req.method === 'GET') {
      const sets = applicableAssignments(
        ctx.state,
        arm.caller.objectId,
        target.scope,
      ).map(({ role }) => ({
        actions: role.actions,
        notActions: role.notActions,
        dataActions: role.dataActions,
        notDataActions: role.notDataActions,
      }));
      return res.json(armPage(ctx, req, sets));
    }
    if (target.kind === 'roledefinitions' && req.method === 'GET') {
      arm.authorize(
        'Microsoft.Authorization/roleDefinitions/read',
        target.scope,
      );
      if (!target.name)
        return res.json(
          armPage(
            ctx,
            req,
            listDefinitions(req, target, arm.subscription.tenantId),
          ),
        );
      const role = roleDefinitionIn(
        ctx.state,
        arm.subscription.tenantId,
        target.name,
      );
      if (!role)
        throw new ArmError(
          404,
          'RoleDefinitionDoesNotExist',
          `The specified role definition with ID '${target.name}' does not exist.`,
        );
      return res.json(roleDefinitionBody(role, target.scope));
    }
    if (
      target.kind === 'roledefinitions' &&
      target.name &&
      (req.method === 'PUT' || req.method === 'DELETE')
    ) {
      return writeDefinition(req, res, arm, { ...target, name: target.name });
    }
    if (target.kind === 'roleassignments') {
      if (!target.name && req.method === 'GET') {
        arm.authorize(
          'Microsoft.Authorization/roleAssignments/read',
          target.scope,
        );
        return res.json(
          armPage(
            ctx,
            req,
            listAssignments(req, target).map(roleAssignmentBody),
          ),
        );
      }
      const assignmentId = `${target.scope}/providers/Microsoft.Authorization/roleAssignments/${target.name}`;
      const existing = ctx.state.roleAssignments.find(
        a =>
          a.name === target.name &&
          a.scope.toLowerCase() === target.scope.toLowerCase(),
      );
      if (req.method === 'GET') {
        arm.authorize(
          'Microsoft.Authorization/roleAssignments/read',
          assignmentId,
        );
        if (!existing)
          throw new ArmError(
            404,
            'RoleAssignmentNotFound',
            `The role assignment '${target.name}' is not found.`,
          );
        return res.json(roleAssignmentBody(existing));
      }
      if (req.method === 'PUT') {
        arm.authorize(
          'Microsoft.Authorization/roleAssignments/write',
          assignmentId,
        );
        const { status, assignment } = createAssignment(req, arm, target);
        return res.status(status).json(roleAssignmentBody(assignment));
      }
      if (req.method === 'DELETE') {
        arm.authorize(
          'Microsoft.Authorization/roleAssignments/delete',
          assignmentId,
        );
        if (!existing) return res.status(204).end();
        ctx.state.roleAssignments.splice(
          ctx.state.roleAssignments.indexOf(existing),
          1,
        );
        return res.json(roleAssignmentBody(existing));
      }
    }
    throw new ArmError(
      405,
      'MethodNotAllowed',
      `The method '${req.method}' is not allowed on ${target.kind}.`,
    );
  }

  return router;
}
