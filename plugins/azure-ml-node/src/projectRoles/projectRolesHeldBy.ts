/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlHeldProjectRole, AzureMlProjectRoles } from './types';

/** Entity refs as the config's group refs are normalized: lower case. */
function normalized(refs: readonly string[]): Set<string> {
  return new Set(refs.map(ref => ref.toLocaleLowerCase('en-US')));
}

/**
 * The project roles someone holds, as the policy module decides them, and
 * whether each applies to the Azure ML permissions on one catalog entity.
 *
 * @param projectRoles - The validated config, from
 *   {@link readAzureMlProjectRoles}.
 * @param holder - Who: `ownershipEntityRefs` are a user's own ref and their
 *   groups' (as Backstage signs them in), or a group's own ref alone;
 *   `signedInUser` says whether the default role applies (it is held by
 *   every signed-in user, not by groups).
 * @param entityOwnerRefs - The owners of the entity (its `ownedBy`
 *   relations).
 * @returns The default role first (for a user, when configured), then one
 *   entry per assignment of one of the holder's groups, in config order.
 * @public
 */
export function projectRolesHeldBy(
  projectRoles: AzureMlProjectRoles,
  holder: { ownershipEntityRefs: readonly string[]; signedInUser: boolean },
  entityOwnerRefs: readonly string[],
): AzureMlHeldProjectRole[] {
  const refs = normalized(holder.ownershipEntityRefs);
  const owners = normalized(entityOwnerRefs);
  const held: AzureMlHeldProjectRole[] = [];
  if (holder.signedInUser && projectRoles.defaultRole !== undefined) {
    held.push({
      role: projectRoles.defaultRole,
      scope: 'default',
      appliesToEntity: [...refs].some(ref => owners.has(ref)),
    });
  }
  for (const { group, role, scope } of projectRoles.assignments) {
    if (!refs.has(group)) continue;
    held.push({
      role,
      scope,
      group,
      appliesToEntity: scope === 'everywhere' || owners.has(group),
    });
  }
  return held;
}
