/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** How a property can be queried: scalars filter, collections do not. */
export type PropertyKind =
  | 'string'
  | 'boolean'
  | 'dateTime'
  | 'collection'
  | 'complex';

/** A Graph entity type: its properties, defaults and navigations. */
export type GraphEntityType = {
  /** e.g. `microsoft.graph.user`. */
  name: string;
  /** The entity set it is read from, e.g. `users`. */
  entitySet: string;
  properties: Record<string, PropertyKind>;
  /** What a call without `$select` gets. */
  defaultSelect: string[];
  /** Navigation properties `$expand` accepts. */
  navigations: string[];
  /** Properties `$search` accepts. */
  searchable: string[];
};

/** A directory object as Graph would serialize it, before `$select`. */
export type GraphObject = {
  type: GraphEntityType;
  properties: Record<string, unknown>;
  /** Reads a navigation property; undefined when it has no value. */
  navigate?: (navigation: string) => GraphObject | GraphObject[] | undefined;
};

/** The type name errors use: `microsoft.graph.user` is resource `User`. */
export function resourceName(type: GraphEntityType): string {
  const short = type.name.replace(/^microsoft\.graph\./, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The type's own spelling of a property name, matched case-insensitively. */
export function canonicalProperty(
  type: GraphEntityType,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  return Object.keys(type.properties).find(p => p.toLowerCase() === wanted);
}

/**
 * A `directoryObject` collection (members, memberOf) may hold users and
 * groups: it accepts the properties of either.
 */
export function directoryObjectType(
  ...types: GraphEntityType[]
): GraphEntityType {
  return {
    name: 'microsoft.graph.directoryObject',
    entitySet: 'directoryObjects',
    properties: Object.assign({}, ...types.map(t => t.properties)),
    defaultSelect: [],
    navigations: [],
    searchable: [...new Set(types.flatMap(t => t.searchable))],
  };
}
