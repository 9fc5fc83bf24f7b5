/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  parseWorkspaceId,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuthService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { entityByResourceId } from './entityByResourceId';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import type { PermissionCheck } from '@azure-ml-backstage/plugin-azure-ml-node';

/**
 * A workspace an action acts in, and the catalog entity that stands for it
 * (the resource its Backstage permission is authorized against), when one
 * does.
 *
 * @internal
 */
export type ResolvedWorkspace = {
  /** The workspace's ARM id, with ARM's casing of its fixed segments. */
  id: string;
  ref: WorkspaceRef;
  /** Its catalog entity, e.g. `system:default/mlw-vision`, if it has one. */
  entity?: CompoundEntityRef;
};

/**
 * The check of a resource permission on the workspace's catalog entity.
 *
 * @throws NotAllowedError when the workspace has no catalog entity: without
 *   one no ownership rule can apply, so the action is refused (fail closed).
 * @internal
 */
export function onWorkspaceEntity(
  workspace: ResolvedWorkspace,
  permission: ResourcePermission,
): PermissionCheck {
  if (!workspace.entity) {
    throw new NotAllowedError(
      `Backstage permission policy cannot authorize this change: the workspace ${workspace.id} has no catalog entity (annotation ${AZURE_ML_RESOURCE_ID_ANNOTATION}), so no owner is known; register it in the catalog first`,
    );
  }
  return { permission, resourceRef: stringifyEntityRef(workspace.entity) };
}

/**
 * Finds the workspace an action input names, by its ARM id or by the ref of
 * its catalog entity, together with that entity: found by its
 * `ml.azure.com/resource-id` annotation, as the backend plugin finds the
 * entity it authorizes writes against.
 *
 * @internal
 */
export class WorkspaceEntities {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  /**
   * The workspace `value` names: an ARM id (`/subscriptions/…/workspaces/…`),
   * with the entity whose annotation names it if there is one, or the ref of
   * its entity (`system:default/mlw-vision`, kind `system` by default).
   *
   * @throws InputError when the value names no workspace.
   * @throws NotAllowedError when an entity ref names no entity.
   */
  async resolve(value: string): Promise<ResolvedWorkspace> {
    return value.startsWith('/')
      ? this.#byResourceId(value)
      : this.#byEntityRef(value);
  }

  /**
   * The check of a resource permission on the catalog entity of a resource
   * in a workspace, e.g. an online endpoint: found by its
   * `ml.azure.com/resource-id` annotation, as the backend plugin finds the
   * entity it authorizes that resource's writes against.
   *
   * @param noun - The resource in words, e.g. `online endpoint`.
   * @throws NotAllowedError when no entity stands for it (fail closed).
   */
  async onResourceEntity(
    resourceId: string,
    noun: string,
    permission: ResourcePermission,
  ): Promise<PermissionCheck> {
    const entity = await this.#entityOf(resourceId);
    if (!entity) {
      throw new NotAllowedError(
        `Backstage permission policy cannot authorize this change: the ${noun} ${resourceId} has no catalog entity (annotation ${AZURE_ML_RESOURCE_ID_ANNOTATION}), so no owner is known; register it in the catalog first`,
      );
    }
    return { permission, resourceRef: stringifyEntityRef(entity) };
  }

  async #entityOf(resourceId: string): Promise<CompoundEntityRef | undefined> {
    return entityByResourceId(
      { catalog: this.#catalog, auth: this.#auth },
      resourceId,
    );
  }

  async #byResourceId(value: string): Promise<ResolvedWorkspace> {
    const { id, workspace } = parseWorkspaceId(value);
    const entity = await this.#entityOf(id);
    return { id, ref: workspace, ...(entity ? { entity } : {}) };
  }

  async #byEntityRef(value: string): Promise<ResolvedWorkspace> {
    let entity: CompoundEntityRef;
    try {
      entity = parseEntityRef(value, {
        defaultKind: 'system',
        defaultNamespace: 'default',
      });
    } catch (error) {
      throw new InputError(
        `workspace ${JSON.stringify(
          value,
        )} is neither a workspace's Azure Resource Manager id nor a catalog entity ref: ${
          (error as Error).message
        }`,
      );
    }
    const entityRef = stringifyEntityRef(entity);
    const found = await this.#catalog.getEntityByRef(entityRef, {
      credentials: await this.#auth.getOwnServiceCredentials(),
    });
    if (!found) {
      throw new NotAllowedError(
        `Backstage permission policy cannot authorize this change: there is no catalog entity ${entityRef}, so no owner of the workspace is known`,
      );
    }
    const resourceId =
      found.metadata.annotations?.[AZURE_ML_RESOURCE_ID_ANNOTATION];
    if (!resourceId) {
      throw new InputError(
        `The catalog entity ${entityRef} stands for no Azure ML workspace: it has no ${AZURE_ML_RESOURCE_ID_ANNOTATION} annotation`,
      );
    }
    const { id, workspace } = parseWorkspaceId(resourceId);
    return { id, ref: workspace, entity };
  }
}
