/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { GraphObject } from './graphObject';
import { matchesFilter } from './odataFilter';
import { matchesSearch } from './odataSearch';
import type { ODataQuery } from './odataQuery';
import { graphPage } from './graphPaging';

/** How a collection or entity is answered. */
export type ShapeOptions = {
  /** Tag each object with `@odata.type`, as directoryObject collections do. */
  withType?: boolean;
};

/** `{base}/v1.0/$metadata#{path}`, with the selected properties if any. */
function contextUrl(
  ctx: EmulatorContext,
  path: string,
  select: string[] | undefined,
  suffix = '',
): string {
  const selected = select ? `(${select.join(',')})` : '';
  return `${ctx.urls.https}/v1.0/$metadata#${path}${selected}${suffix}`;
}

/** An object as Graph serializes it: the selected properties and expansions. */
export function shapeObject(
  object: GraphObject,
  query: Pick<ODataQuery, 'select' | 'expand'>,
  options: ShapeOptions = {},
): Record<string, unknown> {
  const shaped: Record<string, unknown> = {};
  if (options.withType) shaped['@odata.type'] = `#${object.type.name}`;
  for (const name of query.select ?? object.type.defaultSelect) {
    if (name in object.properties) shaped[name] = object.properties[name];
  }
  for (const navigation of query.expand) {
    const target = object.navigate?.(navigation);
    if (target === undefined) continue;
    const shape = (o: GraphObject) =>
      shapeObject(o, { expand: [] }, { withType: true });
    shaped[navigation] = Array.isArray(target)
      ? target.map(shape)
      : shape(target);
  }
  return shaped;
}

function compareBy(property: string, descending: boolean) {
  return (a: GraphObject, b: GraphObject) => {
    const order = String(a.properties[property] ?? '').localeCompare(
      String(b.properties[property] ?? ''),
    );
    return descending ? -order : order;
  };
}

/**
 * Answers a collection: `$filter`, `$search`, `$orderby`, `$count`, then one
 * page of shaped objects with `@odata.context` and `@odata.nextLink`.
 */
export function sendCollection(
  ctx: EmulatorContext,
  req: Request,
  res: Response,
  objects: GraphObject[],
  query: ODataQuery,
  contextPath: string,
  options: ShapeOptions = {},
) {
  let matching = objects;
  if (query.filter) {
    const filter = query.filter;
    matching = matching.filter(o => matchesFilter(o, filter));
  }
  if (query.search) {
    const search = query.search;
    matching = matching.filter(o => matchesSearch(o, search));
  }
  if (query.orderBy) {
    const { property, descending } = query.orderBy;
    matching = [...matching].sort(compareBy(property, descending));
  }
  const page = graphPage(ctx, req, matching, query);
  res.json({
    '@odata.context': contextUrl(ctx, contextPath, query.select),
    ...(query.count && { '@odata.count': matching.length }),
    ...(page.nextLink && { '@odata.nextLink': page.nextLink }),
    value: page.items.map(o => shapeObject(o, query, options)),
  });
}

/** Answers one entity, with its `@odata.context`. */
export function sendEntity(
  ctx: EmulatorContext,
  res: Response,
  object: GraphObject,
  query: ODataQuery,
  contextPath: string,
) {
  res.json({
    '@odata.context': contextUrl(ctx, contextPath, query.select, '/$entity'),
    ...shapeObject(object, query),
  });
}
