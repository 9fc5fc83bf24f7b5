/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuthService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GRAPH_GROUP_ID_ANNOTATION,
  GRAPH_USER_ID_ANNOTATION,
} from './graphAnnotations';

/**
 * A catalog user or group, as the access map shows it.
 *
 * @internal
 */
export type CatalogPrincipal = {
  kind: 'user' | 'group';
  /** The entity ref, in lower case as the config's group refs are. */
  entityRef: string;
  /** The profile's display name, the title, or the entity name. */
  displayName: string;
  /** The Entra object id (msgraph annotation), in lower case. */
  objectId?: string;
  /** For a user: the refs of the groups they are a member of. */
  memberOf: string[];
};

/**
 * The workspace's catalog entity and its owners.
 *
 * @internal
 */
export type WorkspaceEntity = {
  entityRef: string;
  /** Its `ownedBy` relations (or `spec.owner`), in lower case. */
  owners: string[];
};

/**
 * A catalog group, with the Entra group it was ingested from when it was.
 *
 * @internal
 */
export type CatalogGroup = { entityRef: string; objectId?: string };

/**
 * A principal as the catalog knows it: the user entity and the groups it is
 * a member of (directly).
 *
 * @internal
 */
export type CatalogMember = { userEntityRef?: string; groups: CatalogGroup[] };

const PRINCIPAL_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.profile.displayName',
  'relations',
];

const annotation = (entity: Entity, key: string) =>
  entity.metadata.annotations?.[key]?.toLowerCase();

function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef.toLocaleLowerCase('en-US'));
}

function toPrincipal(entity: Entity): CatalogPrincipal {
  const kind = entity.kind.toLowerCase() === 'group' ? 'group' : 'user';
  const objectId = annotation(
    entity,
    kind === 'group' ? GRAPH_GROUP_ID_ANNOTATION : GRAPH_USER_ID_ANNOTATION,
  );
  const profile = (entity.spec as { profile?: { displayName?: string } })
    ?.profile;
  return {
    kind,
    entityRef: refOf(entity),
    displayName:
      profile?.displayName ?? entity.metadata.title ?? entity.metadata.name,
    ...(objectId ? { objectId } : {}),
    memberOf: kind === 'user' ? relationTargets(entity, 'memberOf') : [],
  };
}

/** The groups a user entity names: its `memberOf` relations and `spec.memberOf`. */
function memberOfRefs(user: Entity): string[] {
  const refs = new Set<string>();
  for (const relation of user.relations ?? []) {
    if (relation.type === 'memberOf') refs.add(relation.targetRef);
  }
  const declared = (user.spec as { memberOf?: unknown } | undefined)?.memberOf;
  for (const ref of Array.isArray(declared) ? declared : []) {
    if (typeof ref !== 'string') continue;
    try {
      refs.add(
        stringifyEntityRef(
          parseEntityRef(ref, {
            defaultKind: 'group',
            defaultNamespace: user.metadata.namespace ?? 'default',
          }),
        ),
      );
    } catch {
      // Not an entity ref: the catalog would not relate it either.
    }
  }
  return [...refs];
}

/**
 * Reads the directory side of access from the Backstage catalog, with the
 * plugin's own service credentials: the workspace's entity and owners, and
 * the users and groups the msgraph module ingested, matched to Entra object
 * ids by the annotations it sets, and who belongs to which group. The
 * access map and the least-privilege advisor both read through it.
 *
 * @internal
 */
export class CatalogDirectory {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  async #credentials() {
    return { credentials: await this.#auth.getOwnServiceCredentials() };
  }

  /** The entities of a kind whose msgraph annotation is any of the values. */
  async #byAnnotation(
    kind: string,
    key: string,
    values: string[],
    fields?: string[],
  ): Promise<Entity[]> {
    if (values.length === 0) return [];
    const { items } = await this.#catalog.getEntities(
      {
        // The list of values last: each filter matches any of them.
        filter: { kind, [`metadata.annotations.${key}`]: values },
        ...(fields ? { fields } : {}),
      },
      await this.#credentials(),
    );
    return items;
  }

  /** The entity standing for the workspace, or `undefined` when the catalog has none. */
  async workspaceEntity(
    workspaceId: string,
  ): Promise<WorkspaceEntity | undefined> {
    const { items } = await this.#catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${AZURE_ML_RESOURCE_ID_ANNOTATION}`]:
            workspaceId,
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'spec.owner',
          'relations',
        ],
        limit: 1,
      },
      await this.#credentials(),
    );
    const [entity] = items;
    if (!entity) return undefined;
    let owners = relationTargets(entity, 'ownedBy');
    const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
    if (owners.length === 0 && typeof owner === 'string') {
      const ref = parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      });
      owners = [stringifyEntityRef(ref).toLocaleLowerCase('en-US')];
    }
    return { entityRef: refOf(entity), owners };
  }

  /**
   * The groups with these refs; a group the catalog does not have is
   * returned by its ref alone, as the config still gives it a role.
   */
  async groups(refs: string[]): Promise<CatalogPrincipal[]> {
    if (refs.length === 0) return [];
    const { items } = await this.#catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: PRINCIPAL_FIELDS },
      await this.#credentials(),
    );
    return refs.map((ref, i) => {
      const entity = items[i];
      return entity
        ? toPrincipal(entity)
        : {
            kind: 'group',
            entityRef: ref,
            displayName: parseEntityRef(ref).name,
            memberOf: [],
          };
    });
  }

  /** The users who are members of any of the groups (by `memberOf` relation). */
  async usersInGroups(groupRefs: string[]): Promise<CatalogPrincipal[]> {
    if (groupRefs.length === 0) return [];
    const { items } = await this.#catalog.getEntities(
      {
        filter: { kind: 'user', 'relations.memberof': groupRefs },
        fields: PRINCIPAL_FIELDS,
      },
      await this.#credentials(),
    );
    return items.map(toPrincipal);
  }

  /** The users and groups with these Entra object ids. */
  async byObjectIds(objectIds: string[]): Promise<CatalogPrincipal[]> {
    const [users, groups] = await Promise.all([
      this.#byAnnotation(
        'user',
        GRAPH_USER_ID_ANNOTATION,
        objectIds,
        PRINCIPAL_FIELDS,
      ),
      this.#byAnnotation(
        'group',
        GRAPH_GROUP_ID_ANNOTATION,
        objectIds,
        PRINCIPAL_FIELDS,
      ),
    ]);
    return [...groups, ...users].map(toPrincipal);
  }

  /**
   * The catalog user and groups of each principal, by Entra object id (lower
   * case); the Backstage user the portal recorded stands in for a principal
   * whose object id no user entity carries. Principals the catalog does not
   * know have no groups.
   */
  async membershipsOf(
    principals: { objectId: string; userEntityRef?: string }[],
  ): Promise<Map<string, CatalogMember>> {
    const { credentials } = await this.#credentials();
    const users = await this.#byAnnotation(
      'User',
      GRAPH_USER_ID_ANNOTATION,
      principals.map(p => p.objectId),
    );
    const userByObjectId = new Map<string, Entity>();
    for (const user of users) {
      const objectId = annotation(user, GRAPH_USER_ID_ANNOTATION);
      if (objectId) userByObjectId.set(objectId, user);
    }
    const byRef = principals.filter(
      p => !userByObjectId.has(p.objectId.toLowerCase()) && p.userEntityRef,
    );
    if (byRef.length > 0) {
      const { items } = await this.#catalog.getEntitiesByRefs(
        { entityRefs: byRef.map(p => p.userEntityRef!) },
        { credentials },
      );
      byRef.forEach((p, i) => {
        const user = items[i];
        if (user?.kind.toLowerCase() === 'user')
          userByObjectId.set(p.objectId.toLowerCase(), user);
      });
    }

    const groupRefs = [
      ...new Set([...userByObjectId.values()].flatMap(memberOfRefs)),
    ];
    const groups = new Map<string, CatalogGroup>();
    if (groupRefs.length > 0) {
      const { items } = await this.#catalog.getEntitiesByRefs(
        { entityRefs: groupRefs },
        { credentials },
      );
      groupRefs.forEach((ref, i) => {
        const group = items[i];
        groups.set(ref, {
          entityRef: ref,
          objectId: group
            ? annotation(group, GRAPH_GROUP_ID_ANNOTATION)
            : undefined,
        });
      });
    }

    const members = new Map<string, CatalogMember>();
    for (const { objectId } of principals) {
      const user = userByObjectId.get(objectId.toLowerCase());
      members.set(objectId.toLowerCase(), {
        userEntityRef: user ? stringifyEntityRef(user) : undefined,
        groups: user
          ? memberOfRefs(user)
              .map(ref => groups.get(ref)!)
              .sort((a, b) => a.entityRef.localeCompare(b.entityRef))
          : [],
      });
    }
    return members;
  }

  /** The catalog group of each Entra group object id (lower case) that has one. */
  async groupsByObjectId(objectIds: string[]): Promise<Map<string, string>> {
    const groups = await this.#byAnnotation(
      'Group',
      GRAPH_GROUP_ID_ANNOTATION,
      objectIds,
    );
    return new Map(
      groups.flatMap(group => {
        const objectId = annotation(group, GRAPH_GROUP_ID_ANNOTATION);
        return objectId ? [[objectId, stringifyEntityRef(group)]] : [];
      }),
    );
  }
}
