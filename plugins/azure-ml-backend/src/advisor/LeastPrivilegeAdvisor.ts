/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlHeldRole,
  AzureMlLeastPrivilegeReport,
  AzureMlLeastPrivilegeRole,
  AzureMlPrincipalPrivileges,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { parseEntityRef } from '@backstage/catalog-model';
import type { AuditLedger } from '../ledger/AuditLedger';
import type {
  CatalogDirectory,
  CatalogMember,
} from '../service/CatalogDirectory';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import { notGranted, unusedActions } from './comparePrivileges';
import { leastPrivilegeRoleDefinition } from './leastPrivilegeRoleDefinition';
import {
  readWorkspaceRoleAssignments,
  type WorkspaceRoleAssignment,
} from '../service/readWorkspaceRoleAssignments';
import { readWorkspaceUsage, type PrincipalUsage } from './readWorkspaceUsage';

/**
 * What the advice rests on, said in every report.
 *
 * @internal
 */
export const LEAST_PRIVILEGE_NOTE =
  'Built from the succeeded events of the audit ledger and the imported Azure Activity Log, which record writes, not reads: each role covers the writes used in the window and is meant to be assigned together with Reader.';

/** Whose usage a role or a comparison counts: a catalog group's members, or one principal. */
type Holder = {
  key: string;
  role: AzureMlLeastPrivilegeRole['subject'];
  principals: PrincipalUsage[];
};

const sorted = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Each action once, whatever its case, in the spelling first seen. */
function usedActionsOf(principals: PrincipalUsage[]): string[] {
  const actions = new Map<string, string>();
  for (const principal of principals) {
    for (const [key, action] of principal.actions) {
      if (!actions.has(key)) actions.set(key, action);
    }
  }
  return sorted(actions.values());
}

/** The holders of a workspace's usage: one per catalog group, then one per ungrouped principal. */
function holdersOf(
  usage: Map<string, PrincipalUsage>,
  members: Map<string, CatalogMember>,
): Holder[] {
  const groups = new Map<string, Holder>();
  const ungrouped: Holder[] = [];
  for (const principal of usage.values()) {
    const member = members.get(principal.objectId);
    if (!member || member.groups.length === 0) {
      ungrouped.push({
        key: principal.objectId,
        role: {
          kind: 'principal',
          objectId: principal.objectId,
          ...(member?.userEntityRef ? { entityRef: member.userEntityRef } : {}),
          ...(principal.tenantId ? { tenantId: principal.tenantId } : {}),
          ...(principal.name ? { name: principal.name } : {}),
        },
        principals: [principal],
      });
      continue;
    }
    for (const group of member.groups) {
      let holder = groups.get(group.entityRef);
      if (!holder) {
        holder = {
          key: group.entityRef,
          role: {
            kind: 'group',
            entityRef: group.entityRef,
            ...(group.objectId ? { objectId: group.objectId } : {}),
          },
          principals: [],
        };
        groups.set(group.entityRef, holder);
      }
      holder.principals.push(principal);
    }
  }
  const byKey = (a: Holder, b: Holder) => a.key.localeCompare(b.key);
  return [...[...groups.values()].sort(byKey), ...ungrouped.sort(byKey)];
}

/** A name for a holder in a role's name: the group's or user's entity name, else the caller's name or object id. */
function holderName(holder: Holder): string {
  const { entityRef, name, objectId } = holder.role;
  if (entityRef) return parseEntityRef(entityRef).name;
  return name ?? objectId!;
}

/**
 * The least-privilege advisor: from the audit ledger and the imported
 * Activity Log over a window, the Azure actions each catalog group (and
 * each principal in none) used in a workspace, a custom role covering
 * exactly them, and — from the current role assignments, read as the
 * signed-in user — the permissions each principal holds that its group did
 * not use, and what its group used that it is not granted.
 *
 * @internal
 */
export class LeastPrivilegeAdvisor {
  readonly #ledger: AuditLedger;
  readonly #memberships: CatalogDirectory;

  constructor(options: { ledger: AuditLedger; memberships: CatalogDirectory }) {
    this.#ledger = options.ledger;
    this.#memberships = options.memberships;
  }

  /** The advice for the session's workspace over `[from, to)`. */
  async advise(
    session: WorkspaceSession,
    window: { from: string; to: string },
  ): Promise<AzureMlLeastPrivilegeReport> {
    const usage = await readWorkspaceUsage(this.#ledger, session.id, window);
    const azure = await readWorkspaceRoleAssignments(session);
    const assignments = 'assignments' in azure ? azure.assignments : [];
    const userIds = assignments
      .filter(a => a.principalType === 'User')
      .map(a => ({ objectId: a.principalId }));
    const members = await this.#memberships.membershipsOf([
      ...usage.principals.values(),
      ...userIds.filter(u => !usage.principals.has(u.objectId)),
    ]);
    const holders = holdersOf(usage.principals, members);
    const roles = holders.map(holder => {
      const usedActions = usedActionsOf(holder.principals);
      return {
        subject: holder.role,
        principals: holder.principals.map(p => ({
          objectId: p.objectId,
          ...(members.get(p.objectId)?.userEntityRef
            ? { userEntityRef: members.get(p.objectId)!.userEntityRef }
            : {}),
          events: p.events,
        })),
        usedActions,
        roleDefinition: leastPrivilegeRoleDefinition({
          holder: holderName(holder),
          workspaceId: session.id,
          workspaceName: session.workspace.workspaceName,
          window,
          actions: usedActions,
        }),
      };
    });
    return {
      workspaceId: session.id,
      from: window.from,
      to: window.to,
      note: LEAST_PRIVILEGE_NOTE,
      eventCount: usage.eventCount,
      unattributedEvents: usage.unattributedEvents,
      roles,
      assignments: await this.#privileges(
        session.id,
        assignments,
        holders,
        members,
      ),
      ...('refusal' in azure ? { assignmentsUnavailable: azure.refusal } : {}),
    };
  }

  /** For each principal assigned a role at the workspace: its roles, unused permissions and gaps. */
  async #privileges(
    workspaceId: string,
    assignments: WorkspaceRoleAssignment[],
    holders: Holder[],
    members: Map<string, CatalogMember>,
  ): Promise<AzureMlPrincipalPrivileges[]> {
    const byPrincipal = new Map<string, WorkspaceRoleAssignment[]>();
    for (const assignment of assignments) {
      const list = byPrincipal.get(assignment.principalId) ?? [];
      list.push(assignment);
      byPrincipal.set(assignment.principalId, list);
    }
    const groupIds = assignments
      .filter(a => a.principalType === 'Group')
      .map(a => a.principalId);
    const groupRefs = await this.#memberships.groupsByObjectId(groupIds);
    const holderByKey = new Map(holders.map(h => [h.key, h]));
    const usedBy = (keys: string[]) =>
      usedActionsOf(
        keys.flatMap(key => holderByKey.get(key)?.principals ?? []),
      );

    return [...byPrincipal.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([principalId, own]) => {
        const { principalType } = own[0];
        const member = members.get(principalId);
        let entityRef: string | undefined;
        let comparedWith: string[];
        let effective = own;
        if (principalType === 'Group') {
          entityRef = groupRefs.get(principalId);
          comparedWith = [entityRef ?? principalId];
        } else {
          entityRef = member?.userEntityRef;
          const groups = member?.groups ?? [];
          comparedWith =
            groups.length > 0 ? groups.map(g => g.entityRef) : [principalId];
          // A user is granted what its groups' assignments grant, too.
          const entraGroups = new Set(groups.map(g => g.objectId));
          effective = [
            ...own,
            ...assignments.filter(a => entraGroups.has(a.principalId)),
          ];
        }
        // A principal in no group that used nothing has no holder: no usage.
        const used = usedBy(comparedWith);
        const roles: AzureMlHeldRole[] = own.map(a => ({
          assignmentId: a.id,
          scope: a.scope,
          inherited:
            a.scope.replace(/\/+$/, '').toLowerCase() !==
            workspaceId.toLowerCase(),
          roleDefinitionId: a.roleDefinitionId,
          roleName: a.roleName,
          roleType: a.roleType,
        }));
        return {
          principalId,
          principalType,
          ...(entityRef ? { entityRef } : {}),
          roles,
          comparedWith,
          unusedActions: unusedActions(
            own.flatMap(a => a.permissions),
            used,
          ),
          notGranted: notGranted(
            effective.flatMap(a => a.permissions),
            used,
          ),
        };
      });
  }
}
