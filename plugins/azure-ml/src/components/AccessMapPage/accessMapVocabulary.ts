/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type {
  AzureMlAccessMapProjectRole,
  AzureMlPortalFeature,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * What each portal feature is called on the access map; typed as a record
 * so a new feature fails to compile until it has one.
 *
 * @internal
 */
export const accessMapFeatureLabels: Record<AzureMlPortalFeature, string> = {
  'job.cancel': 'Cancel jobs',
  'job.submit': 'Submit jobs',
  'data.register': 'Register data',
  'model.register': 'Register models',
  'environment.create': 'Create environments',
  'endpoint.traffic.update': 'Shift endpoint traffic',
  'endpoint.deployment.create': 'Add endpoint deployments',
};

const ML_PREFIX = 'Microsoft.MachineLearningServices/workspaces/';

/**
 * An Azure action as a chip names it: without the Azure ML workspace
 * prefix (`onlineEndpoints/write`), others in full.
 *
 * @internal
 */
export function shortAction(action: string): string {
  return action.startsWith(ML_PREFIX) ? action.slice(ML_PREFIX.length) : action;
}

/** The name of an entity ref, or the ref itself when it is not one. */
function nameOf(ref: string): string {
  try {
    const parsed: CompoundEntityRef = parseEntityRef(ref);
    return parsed.name;
  } catch {
    return ref;
  }
}

/**
 * How a project role is held, in words: `through team-vision, on what it
 * owns`, `through platform-team, everywhere`, `every signed-in user`.
 *
 * @internal
 */
export function projectRoleSource(role: AzureMlAccessMapProjectRole): string {
  if (role.scope === 'default') return 'every signed-in user';
  const group = role.group ? nameOf(role.group) : 'a group';
  return role.scope === 'everywhere'
    ? `through ${group}, everywhere`
    : `through ${group}, on what it owns`;
}

/**
 * An ARM scope relative to the workspace: `this workspace`, `resource group
 * rg-vision`, `subscription 5555…`, or the scope itself.
 *
 * @internal
 */
export function scopeWords(scope: string, workspaceId: string): string {
  const trimmed = scope.replace(/\/+$/, '');
  if (trimmed.toLowerCase() === workspaceId.toLowerCase()) {
    return 'this workspace';
  }
  const group = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)$/i.exec(
    trimmed,
  );
  if (group) return `resource group ${group[1]}`;
  const subscription = /^\/subscriptions\/([^/]+)$/i.exec(trimmed);
  if (subscription) return `subscription ${subscription[1]}`;
  const managementGroup =
    /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)$/i.exec(
      trimmed,
    );
  if (managementGroup) return `management group ${managementGroup[1]}`;
  if (trimmed === '' || trimmed === '/') return 'the tenant root';
  return trimmed;
}

/** A name for an entity ref to show: its name alone. */
export const entityRefName = nameOf;
