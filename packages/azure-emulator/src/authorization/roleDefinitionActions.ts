/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { ArmError } from '../server/errors';
import { packagePath } from '../packageRoot';
import { actionMatches } from './rbac';

const ML_PROVIDER = 'microsoft.machinelearningservices';

/**
 * `*`, or a provider namespace (`Microsoft.Storage`, wildcards allowed)
 * followed by `/`-separated segments of letters, digits, `.`, `_`, `-` and
 * `*`, none of them empty: the shape of every operation ARM knows.
 */
const ACTION_SHAPE =
  /^(?:\*|(?:\*|[A-Za-z0-9*]+(?:\.[A-Za-z0-9*]+)+)(?:\/[A-Za-z0-9_.*-]+)+)$/;

let mlOperations: string[] | undefined;

/** Every operation of Microsoft.MachineLearningServices, as its operations API lists them. */
function machineLearningOperations(): string[] {
  mlOperations ??= (
    JSON.parse(
      readFileSync(packagePath('fixtures', 'operations.json'), 'utf8'),
    ) as { operations: { name: string }[] }
  ).operations.map(o => o.name);
  return mlOperations;
}

/** The refusal ARM answers for an action no provider supports. */
function unsupported(action: unknown): ArmError {
  return new ArmError(
    400,
    'InvalidActionOrNotAction',
    `'${String(
      action,
    )}' does not match any of the actions supported by the providers.`,
  );
}

/**
 * Checks one control-plane action or pattern of a custom role as ARM does
 * when the role is written: it must have an operation's shape, and one of
 * Microsoft.MachineLearningServices (whose operation list the emulator
 * holds) must name an operation of it, or (with wildcards) match one.
 * Other providers' actions are checked for their shape only.
 */
function assertSupportedAction(action: unknown) {
  if (typeof action !== 'string' || !ACTION_SHAPE.test(action)) {
    throw unsupported(action);
  }
  const namespace = action.split('/')[0].toLowerCase();
  if (namespace !== ML_PROVIDER) return;
  const operations = machineLearningOperations();
  const known = action.includes('*')
    ? operations.some(operation => actionMatches(action, operation))
    : operations.some(
        operation => operation.toLowerCase() === action.toLowerCase(),
      );
  if (!known) throw unsupported(action);
}

/** The permission set of a custom role, as its PUT body gives it. */
export type RolePermissions = {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
};

function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      `The request content has an invalid 'properties.permissions[0].${field}': it must be an array of strings.`,
    );
  }
  return value as string[];
}

/**
 * The one permission set of a custom role's PUT body, each action checked:
 * `InvalidActionOrNotAction` (400) for the first that ARM would refuse.
 */
export function readRolePermissions(permissions: unknown): RolePermissions {
  if (!Array.isArray(permissions) || permissions.length !== 1) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      "The request content must have 'properties.permissions' with one entry of actions, notActions, dataActions and notDataActions.",
    );
  }
  const [set] = permissions as Record<string, unknown>[];
  const read: RolePermissions = {
    actions: stringList(set?.actions, 'actions'),
    notActions: stringList(set?.notActions, 'notActions'),
    dataActions: stringList(set?.dataActions, 'dataActions'),
    notDataActions: stringList(set?.notDataActions, 'notDataActions'),
  };
  for (const action of [...read.actions, ...read.notActions]) {
    assertSupportedAction(action);
  }
  for (const action of [...read.dataActions, ...read.notDataActions]) {
    if (typeof action !== 'string' || !ACTION_SHAPE.test(action)) {
      throw unsupported(action);
    }
  }
  return read;
}
