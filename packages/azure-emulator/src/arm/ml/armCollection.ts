/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import { armHandler, type ArmCall } from '../armPipeline';
import { armPage } from '../paging';
import { mlNotFound, mlUserError } from './mlErrors';
import { nameOf } from './mlIds';
import { createdBy, mlActorOf } from './systemData';
import { requestedWorkspaceId, requireWorkspace } from './workspaceScope';

type Params = Record<string, string>;

/** What a PUT handler of a collection gets to build the stored resource. */
export type PutInput = {
  ctx: EmulatorContext;
  arm: ArmCall;
  workspace: ArmResource;
  /** The id to store under: the workspace's own spelling plus the path. */
  id: string;
  name: string;
  existing?: ArmResource;
  /** The request body, checked to be `{ properties: {...} }`. */
  body: { properties: Record<string, any>; [key: string]: any };
  nowMs: number;
};

/** A kind of resource below a workspace, served by the generic ARM routes. */
export type ArmCollection = {
  /** Express path of the collection below the workspace, e.g. `/models/:modelName/versions`. */
  path: string;
  /** The route parameter naming one item, e.g. `version`. */
  itemParam: string;
  /** The ARM type, also the prefix of its RBAC actions. */
  type: string;
  /** How errors name one item, e.g. `Model version`. */
  noun: string;
  /**
   * For nested collections: the container, created on the first PUT of a
   * version as Azure ML does, taking the `inherit` properties of that version.
   */
  parent?: { type: string; noun: string; param: string; inherit?: string[] };
  /** The response body of a stored resource (read-time projections). */
  present?(resource: ArmResource, ctx: EmulatorContext): unknown;
  /** Filters and orders a list from its query. */
  select?(items: ArmResource[], query: Request['query']): ArmResource[];
  /** Builds the resource to store from a PUT, or throws a 400. */
  accept?(input: PutInput): ArmResource;
};

/** Replaces `:param` segments of an Express path with the request's values. */
function fill(path: string, params: Params): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => params[name]);
}

function parentPath(collection: ArmCollection): string {
  return collection.path.slice(0, collection.path.lastIndexOf('/'));
}

function present(
  collection: ArmCollection,
  ctx: EmulatorContext,
  resource: ArmResource,
) {
  return collection.present ? collection.present(resource, ctx) : resource;
}

/** `{ properties: {...} }`, or ARM's 400 for anything else. */
export function requirePropertiesBody(body: unknown): PutInput['body'] {
  const b = body as PutInput['body'] | undefined;
  if (
    !b ||
    typeof b !== 'object' ||
    Array.isArray(b) ||
    !b.properties ||
    typeof b.properties !== 'object' ||
    Array.isArray(b.properties)
  ) {
    throw mlUserError(
      "The request body must be a JSON object with a 'properties' object.",
    );
  }
  return b;
}

/** An asset container as Azure ML creates it implicitly for a new version. */
function implicitContainer(
  input: PutInput,
  parent: NonNullable<ArmCollection['parent']>,
  id: string,
  version: ArmResource,
): ArmResource {
  const inherited = (parent.inherit ?? []).map(key => [
    key,
    version.properties[key],
  ]);
  return {
    id,
    name: nameOf(id),
    type: parent.type,
    properties: {
      description: '',
      tags: {},
      properties: {},
      isArchived: false,
      ...Object.fromEntries(inherited),
    },
    systemData: createdBy(
      mlActorOf(input.ctx.state, input.arm.caller),
      input.nowMs,
    ),
  };
}

/**
 * Registers list, get, and (when the collection accepts bodies) PUT and
 * DELETE routes for one collection on a workspace router. Every route
 * authorizes first, then checks the workspace and parent exist.
 */
export function registerArmCollection(
  router: Router,
  ctx: EmulatorContext,
  collection: ArmCollection,
): void {
  const itemPath = `${collection.path}/:${collection.itemParam}`;
  const requestedId = (arm: ArmCall, params: Params, path: string) =>
    `${requestedWorkspaceId(arm, params)}${fill(path, params)}`;

  const parentIdOf = (workspace: ArmResource, params: Params) =>
    `${workspace.id}${fill(parentPath(collection), params)}`;

  function requireParent(workspace: ArmResource, params: Params) {
    if (!collection.parent) return;
    if (!ctx.state.getResource(parentIdOf(workspace, params))) {
      throw mlNotFound(
        collection.parent.noun,
        params[collection.parent.param],
        workspace.name,
      );
    }
  }

  router.get(
    collection.path,
    armHandler((req, res, arm) => {
      arm.authorize(
        `${collection.type}/read`,
        requestedId(arm, req.params, collection.path),
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      requireParent(workspace, req.params);
      const all = ctx.state.listChildren(
        parentIdOf(workspace, req.params),
        collection.type,
      );
      const items = collection.select ? collection.select(all, req.query) : all;
      res.json(
        armPage(
          ctx,
          req,
          items.map(r => present(collection, ctx, r)),
        ),
      );
    }),
  );

  router.get(
    itemPath,
    armHandler((req, res, arm) => {
      arm.authorize(
        `${collection.type}/read`,
        requestedId(arm, req.params, itemPath),
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      const resource = ctx.state.getResource(
        `${workspace.id}${fill(itemPath, req.params)}`,
      );
      if (!resource) {
        throw mlNotFound(
          collection.noun,
          req.params[collection.itemParam],
          workspace.name,
        );
      }
      res.json(present(collection, ctx, resource));
    }),
  );

  const accept = collection.accept;
  if (!accept) return;

  router.put(
    itemPath,
    armHandler((req, res, arm) => {
      arm.authorize(
        `${collection.type}/write`,
        requestedId(arm, req.params, itemPath),
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      const id = `${workspace.id}${fill(itemPath, req.params)}`;
      const existing = ctx.state.getResource(id);
      const input: PutInput = {
        ctx,
        arm,
        workspace,
        id: existing?.id ?? id,
        name: existing?.name ?? req.params[collection.itemParam],
        existing,
        body: requirePropertiesBody(req.body),
        nowMs: ctx.now(),
      };
      const resource = accept(input);
      const parentId = parentIdOf(workspace, req.params);
      if (collection.parent && !ctx.state.getResource(parentId)) {
        ctx.state.putResource(
          implicitContainer(input, collection.parent, parentId, resource),
        );
      }
      ctx.state.putResource(resource);
      res.status(existing ? 200 : 201).json(present(collection, ctx, resource));
    }),
  );

  router.delete(
    itemPath,
    armHandler((req, res, arm) => {
      arm.authorize(
        `${collection.type}/delete`,
        requestedId(arm, req.params, itemPath),
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      const existed = ctx.state.deleteResource(
        `${workspace.id}${fill(itemPath, req.params)}`,
      );
      res.status(existed ? 200 : 204).end();
    }),
  );
}
