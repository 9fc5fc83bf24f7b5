/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import type { ArmCollection, PutInput } from './armCollection';
import { byListView, byOrder, byTags } from './listFilters';
import { mlUserError } from './mlErrors';
import { createdBy, mlActorOf, modifiedBy } from './systemData';

/** A versioned asset kind: models, data or environments. */
export type AssetKind = {
  /** URL segment of the containers, e.g. `models`. */
  segment: string;
  containerType: string;
  versionType: string;
  /** E.g. `Model`, for errors. */
  noun: string;
  /**
   * The kind's own version properties from a PUT body (a version is
   * immutable apart from its metadata, so this runs on creation only).
   */
  versionProperties(body: Record<string, any>): Record<string, unknown>;
  /** The kind's own container properties from a PUT body, if it has any. */
  containerProperties?(body: Record<string, any>): Record<string, unknown>;
  /** Version properties an implicitly created container takes over. */
  containerInherits?: string[];
};

function stringMap(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw mlUserError(`'${field}' must be an object of strings.`);
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      String(v),
    ]),
  );
}

/** The metadata every asset and job carries, checked and defaulted. */
export function assetMetadata(properties: Record<string, any>) {
  if (
    properties.description !== undefined &&
    properties.description !== null &&
    typeof properties.description !== 'string'
  ) {
    throw mlUserError("'properties.description' must be a string.");
  }
  return {
    description: properties.description ?? '',
    tags: stringMap(properties.tags, 'properties.tags'),
    properties: stringMap(properties.properties, 'properties.properties'),
    isArchived: Boolean(properties.isArchived),
  };
}

function numericVersions(versions: ArmResource[]): number[] {
  return versions.map(v => Number(v.name)).filter(n => Number.isInteger(n));
}

/**
 * A container as Azure ML returns it: `latestVersion` (the newest version)
 * and `nextVersion` (after the highest numeric one) follow its versions.
 */
function presentContainer(kind: AssetKind) {
  return (container: ArmResource, ctx: EmulatorContext) => {
    const versions = ctx.state.listChildren(container.id, kind.versionType);
    const newest = byOrder(versions, undefined)[0];
    const highest = Math.max(0, ...numericVersions(versions));
    return {
      ...container,
      properties: {
        ...container.properties,
        latestVersion: newest?.name ?? null,
        nextVersion: String(highest + 1),
      },
    };
  };
}

function acceptContainer(kind: AssetKind) {
  return (input: PutInput): ArmResource => {
    const actor = mlActorOf(input.ctx.state, input.arm.caller);
    return {
      id: input.id,
      name: input.name,
      type: kind.containerType,
      properties: {
        ...assetMetadata(input.body.properties),
        ...kind.containerProperties?.(input.body.properties),
      },
      systemData: modifiedBy(input.existing?.systemData, actor, input.nowMs),
    };
  };
}

function acceptVersion(kind: AssetKind) {
  return (input: PutInput): ArmResource => {
    const actor = mlActorOf(input.ctx.state, input.arm.caller);
    const metadata = assetMetadata(input.body.properties);
    if (input.existing) {
      return {
        ...input.existing,
        properties: { ...input.existing.properties, ...metadata },
        systemData: modifiedBy(input.existing.systemData, actor, input.nowMs),
      };
    }
    return {
      id: input.id,
      name: input.name,
      type: kind.versionType,
      properties: {
        ...metadata,
        isAnonymous: Boolean(input.body.properties.isAnonymous),
        ...kind.versionProperties(input.body.properties),
      },
      systemData: createdBy(actor, input.nowMs),
    };
  };
}

/** The containers of an asset kind (`/models`, `/data`, `/environments`). */
export function assetContainerCollection(kind: AssetKind): ArmCollection {
  return {
    path: `/${kind.segment}`,
    itemParam: 'name',
    type: kind.containerType,
    noun: `${kind.noun} container`,
    present: presentContainer(kind),
    select: (items, query) => byListView(items, query.listViewType),
    accept: acceptContainer(kind),
  };
}

/** The versions of one container (`/models/{name}/versions`...). */
export function assetVersionCollection(kind: AssetKind): ArmCollection {
  return {
    path: `/${kind.segment}/:name/versions`,
    itemParam: 'version',
    type: kind.versionType,
    noun: `${kind.noun} version`,
    parent: {
      type: kind.containerType,
      noun: `${kind.noun} container`,
      param: 'name',
      inherit: kind.containerInherits,
    },
    select: (items, query) => {
      const chosen = byTags(
        byListView(items, query.listViewType),
        query.tags,
      ).filter(v => !query.version || v.name === String(query.version));
      return byOrder(chosen, query.$orderBy);
    },
    accept: acceptVersion(kind),
  };
}
