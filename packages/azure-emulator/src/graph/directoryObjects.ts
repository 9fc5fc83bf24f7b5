/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryGroup, DirectoryUser } from '../state/model';
import { directoryObjectType, type GraphObject } from './graphObject';
import { USER_TYPE, userProperties } from './userResource';
import { GROUP_TYPE, groupProperties } from './groupResource';

/** Members and memberships hold users and groups. */
export const DIRECTORY_OBJECT_TYPE = directoryObjectType(USER_TYPE, GROUP_TYPE);

/** A user of the tenant by object id or user principal name. */
export function findUser(
  state: EmulatorState,
  tenantId: string,
  idOrUpn: string,
): DirectoryUser | undefined {
  const wanted = idOrUpn.toLowerCase();
  return state
    .usersIn(tenantId)
    .find(
      u =>
        u.objectId === wanted || u.userPrincipalName.toLowerCase() === wanted,
    );
}

export function findGroup(
  state: EmulatorState,
  tenantId: string,
  id: string,
): DirectoryGroup | undefined {
  const group = state.groups.get(id.toLowerCase());
  return group?.tenantId === tenantId ? group : undefined;
}

/** The groups a principal is in: directly, or also through nesting. */
export function groupsOf(
  state: EmulatorState,
  principalId: string,
  transitive: boolean,
): DirectoryGroup[] {
  const ids = transitive
    ? state.groupIdsOf(principalId)
    : [...state.groups.values()]
        .filter(g => g.members.includes(principalId))
        .map(g => g.objectId);
  return ids.map(id => state.groups.get(id)!);
}

/** The users and groups in a group: directly, or also through nesting. */
export function membersOf(
  state: EmulatorState,
  group: DirectoryGroup,
  transitive: boolean,
): GraphObject[] {
  const seen = new Set<string>();
  const found: GraphObject[] = [];
  const visit = (g: DirectoryGroup) => {
    for (const id of g.members) {
      if (seen.has(id)) continue;
      seen.add(id);
      const user = state.users.get(id);
      const nested = state.groups.get(id);
      if (user) found.push(userObject(state, user));
      if (nested) {
        found.push(groupObject(state, nested));
        if (transitive) visit(nested);
      }
    }
  };
  visit(group);
  return found;
}

export function userObject(
  state: EmulatorState,
  user: DirectoryUser,
): GraphObject {
  return {
    type: USER_TYPE,
    properties: userProperties(state, user),
    navigate: navigation => {
      if (navigation === 'manager') return undefined;
      return groupsOf(
        state,
        user.objectId,
        navigation === 'transitiveMemberOf',
      ).map(g => groupObject(state, g));
    },
  };
}

export function groupObject(
  state: EmulatorState,
  group: DirectoryGroup,
): GraphObject {
  return {
    type: GROUP_TYPE,
    properties: groupProperties(state, group),
    navigate: navigation => {
      if (navigation === 'memberOf') {
        return groupsOf(state, group.objectId, false).map(g =>
          groupObject(state, g),
        );
      }
      return membersOf(state, group, navigation === 'transitiveMembers');
    },
  };
}
