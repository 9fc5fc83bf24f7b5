/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseAccessRefusal,
  parseWorkspaceId,
  type AccessDenial,
  type AccessRefusal,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AccessDoctorTarget } from '../AccessDoctorPage/accessDoctorQuery';

const WORKSPACE_PREFIX =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+/i;

/**
 * The ARM id of the workspace an ARM scope lies in: the scope cut after
 * `/workspaces/<name>`, spelled canonically; `undefined` for a scope above a
 * workspace (a resource group, a subscription) or that is not an ARM id (a
 * catalog entity ref).
 *
 * @internal
 */
export function workspaceIdOfScope(
  scope: string | undefined,
): string | undefined {
  const prefix = scope ? WORKSPACE_PREFIX.exec(scope)?.[0] : undefined;
  if (!prefix) return undefined;
  try {
    return parseWorkspaceId(prefix).id;
  } catch {
    return undefined;
  }
}

/**
 * Where the access doctor should look into a refusal: its action and
 * scope, and the workspace its scope lies in, else `knownWorkspaceId` (the
 * workspace the refusing view shows, when it knows it).
 *
 * @internal
 */
export function refusalTarget(
  refusal: Pick<AccessRefusal, 'action' | 'scope'>,
  knownWorkspaceId?: string,
): AccessDoctorTarget {
  const workspaceId = workspaceIdOfScope(refusal.scope) ?? knownWorkspaceId;
  return {
    action: refusal.action,
    ...(refusal.scope ? { scope: refusal.scope } : {}),
    ...(workspaceId ? { workspaceId } : {}),
  };
}

/**
 * The access doctor's target for the denial of an access check: the Azure
 * action, or for Backstage the denied permission's name (as the backend's
 * messages name it), with its scope.
 *
 * @internal
 */
export function denialTarget(
  denial: AccessDenial,
  knownWorkspaceId?: string,
): AccessDoctorTarget {
  const action =
    denial.side === 'backstage'
      ? denial.permission ?? denial.action
      : denial.action;
  return refusalTarget({ action, scope: denial.scope }, knownWorkspaceId);
}

/**
 * The access doctor's target for a refusal message of the backend, or
 * `undefined` when the message names no refused action.
 *
 * @internal
 */
export function messageTarget(
  message: string | undefined,
  knownWorkspaceId?: string,
): AccessDoctorTarget | undefined {
  const refusal = message ? parseAccessRefusal(message) : undefined;
  return refusal ? refusalTarget(refusal, knownWorkspaceId) : undefined;
}
