/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAccessMap,
  AzureMlAccessMapPrincipal,
  AzureMlAccessMapProjectRole,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  projectRolesHeldBy,
  type AzureMlHeldProjectRole,
  type AzureMlProjectRoles,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type {
  CatalogDirectory,
  CatalogPrincipal,
} from '../service/CatalogDirectory';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import { accessDrift } from './accessDrift';
import { portalFeaturesOf } from './portalFeaturesOf';
import {
  readWorkspaceRoleAssignments,
  type WorkspaceRoleAssignment,
} from '../service/readWorkspaceRoleAssignments';

/** No project roles: what the map uses when none are configured. */
const NO_PROJECT_ROLES: AzureMlProjectRoles = { roles: {}, assignments: [] };

const KIND_ORDER: Record<AzureMlAccessMapPrincipal['kind'], number> = {
  group: 0,
  user: 1,
  other: 2,
};

/** Someone on the map before their rows are worked out. */
type Subject =
  | { kind: 'catalog'; principal: CatalogPrincipal }
  | { kind: 'other'; objectId: string; principalType: string };

/**
 * Builds the access map of a workspace, "who can do what where": the
 * people and groups holding a project role there (the groups the config
 * assigns, with their members from the catalog, `everywhere`, `owned` and
 * the default role applied as the policy module applies them), the portal
 * features their roles allow there, their Azure role assignments at the
 * workspace (inherited ones and their groups' included, read as the
 * signed-in user), and where the two disagree. Principals with Azure
 * assignments but no project role are on it too.
 *
 * @internal
 */
export class AccessMapService {
  readonly #catalog: CatalogDirectory;
  readonly #projectRoles: AzureMlProjectRoles | undefined;

  constructor(options: {
    catalog: CatalogDirectory;
    /** The validated `azureMl.projectRoles`, `undefined` when not configured. */
    projectRoles: AzureMlProjectRoles | undefined;
  }) {
    this.#catalog = options.catalog;
    this.#projectRoles = options.projectRoles;
  }

  /**
   * The access map of the session's workspace. Nothing is cached.
   *
   * @throws errors of Azure other than a 403 to the role assignments, mapped
   *   by `toBackstageAzureError`.
   */
  async build(session: WorkspaceSession): Promise<AzureMlAccessMap> {
    const projectRoles = this.#projectRoles ?? NO_PROJECT_ROLES;
    const [entity, azure] = await Promise.all([
      this.#catalog.workspaceEntity(session.id),
      readWorkspaceRoleAssignments(session),
    ]);
    const owners = entity?.owners ?? [];
    const assignments = 'assignments' in azure ? azure.assignments : [];

    const azureRead = !('refusal' in azure);

    const subjects = await this.#subjects(projectRoles, owners, assignments);
    const groups = subjects.flatMap(s =>
      s.kind === 'catalog' && s.principal.kind === 'group' ? [s.principal] : [],
    );
    const listedGroups = new Set(groups.map(g => g.entityRef));
    const groupIds = new Map<string, string>(
      groups.flatMap(g =>
        g.objectId ? [[g.entityRef, g.objectId] as [string, string]] : [],
      ),
    );

    const principals = subjects.map(subject => {
      if (subject.kind === 'other') {
        return this.#row(
          {
            kind: 'other',
            displayName: subject.objectId,
            objectId: subject.objectId,
            principalType: subject.principalType,
          },
          [],
          projectRoles,
          assignments.filter(a => a.principalId === subject.objectId),
          new Map(),
          azureRead,
        );
      }
      const { principal } = subject;
      const isUser = principal.kind === 'user';
      const held = projectRolesHeldBy(
        projectRoles,
        {
          ownershipEntityRefs: [principal.entityRef, ...principal.memberOf],
          signedInUser: isUser,
        },
        owners,
      );
      // A person acts in Azure as themselves and as each of their groups.
      const via = new Map<string, string>();
      for (const group of principal.memberOf) {
        const objectId = groupIds.get(group);
        if (objectId) via.set(objectId, group);
      }
      const reaching = assignments.filter(
        a =>
          (principal.objectId !== undefined &&
            a.principalId === principal.objectId) ||
          via.has(a.principalId),
      );
      const memberOf = principal.memberOf.filter(g => listedGroups.has(g));
      return this.#row(
        {
          kind: principal.kind,
          entityRef: principal.entityRef,
          displayName: principal.displayName,
          ...(principal.objectId ? { objectId: principal.objectId } : {}),
          ...(isUser ? { memberOf } : {}),
        },
        held,
        projectRoles,
        reaching,
        via,
        azureRead,
      );
    });

    principals.sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.displayName.localeCompare(b.displayName, 'en'),
    );
    return {
      workspaceId: session.id,
      ...(entity ? { entityRef: entity.entityRef } : {}),
      ...(owners.length > 0 ? { owner: owners[0] } : {}),
      projectRolesConfigured: this.#projectRoles !== undefined,
      ...(projectRoles.defaultRole !== undefined
        ? { defaultRole: projectRoles.defaultRole }
        : {}),
      azure:
        'refusal' in azure
          ? { status: 'refused', message: azure.refusal }
          : { status: 'read' },
      principals,
    };
  }

  /**
   * Everyone on the map: the groups holding a project role here (assigned
   * everywhere, or owning the workspace; the owning group too when there
   * is a default role), the principals with an Azure assignment here, and
   * the members of every group on the map.
   */
  async #subjects(
    projectRoles: AzureMlProjectRoles,
    owners: string[],
    assignments: WorkspaceRoleAssignment[],
  ): Promise<Subject[]> {
    const roleGroups = new Set(
      projectRoles.assignments
        .filter(a => a.scope === 'everywhere' || owners.includes(a.group))
        .map(a => a.group),
    );
    if (projectRoles.defaultRole !== undefined) {
      owners
        .filter(owner => owner.startsWith('group:'))
        .forEach(owner => roleGroups.add(owner));
    }
    const objectIds = [...new Set(assignments.map(a => a.principalId))];
    const [groups, assigned] = await Promise.all([
      this.#catalog.groups([...roleGroups]),
      this.#catalog.byObjectIds(objectIds),
    ]);
    const byRef = new Map<string, CatalogPrincipal>();
    for (const principal of [...groups, ...assigned]) {
      byRef.set(principal.entityRef, principal);
    }
    const groupRefs = [...byRef.values()]
      .filter(p => p.kind === 'group')
      .map(p => p.entityRef);
    for (const member of await this.#catalog.usersInGroups(groupRefs)) {
      byRef.set(member.entityRef, member);
    }
    const known = new Set(
      [...byRef.values()].flatMap(p => (p.objectId ? [p.objectId] : [])),
    );
    const others = new Map<string, string>();
    for (const a of assignments) {
      if (!known.has(a.principalId)) others.set(a.principalId, a.principalType);
    }
    return [
      ...[...byRef.values()].map(
        (principal): Subject => ({ kind: 'catalog', principal }),
      ),
      ...[...others].map(
        ([objectId, principalType]): Subject => ({
          kind: 'other',
          objectId,
          principalType,
        }),
      ),
    ];
  }

  /** One principal's row: its features, assignments and drift. */
  #row(
    identity: Pick<
      AzureMlAccessMapPrincipal,
      | 'kind'
      | 'entityRef'
      | 'displayName'
      | 'objectId'
      | 'principalType'
      | 'memberOf'
    >,
    held: AzureMlHeldProjectRole[],
    projectRoles: AzureMlProjectRoles,
    reaching: WorkspaceRoleAssignment[],
    viaGroup: Map<string, string>,
    azureRead: boolean,
  ): AzureMlAccessMapPrincipal {
    const features = portalFeaturesOf(held, projectRoles.roles);
    const { drift, onlyExcess } = accessDrift(features, reaching);
    return {
      ...identity,
      projectRoles: held.map(
        ({ appliesToEntity, ...role }): AzureMlAccessMapProjectRole => ({
          ...role,
          appliesHere: appliesToEntity,
        }),
      ),
      features,
      roleAssignments: reaching.map(a => ({
        id: a.id,
        roleName: a.roleName,
        roleDefinitionId: a.roleDefinitionId,
        scope: a.scope,
        inherited: a.inherited,
        principalId: a.principalId,
        ...(viaGroup.has(a.principalId)
          ? { viaGroup: viaGroup.get(a.principalId) }
          : {}),
        onlyExcess: onlyExcess.has(a.id),
      })),
      ...(azureRead ? { drift } : {}),
    };
  }
}
