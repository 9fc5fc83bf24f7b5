/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { invalidParameter } from './mlflowErrors';

/** What a search identifier names: `attributes.x`, `metrics.x`, `params.x`, `tags.x`. */
export type EntityKind = 'attribute' | 'metric' | 'param' | 'tag';

export type Identifier = { entity: EntityKind; key: string };

/** The type of an attribute, which decides its comparators and literals. */
export type AttributeType = 'string' | 'number';

/** What a search may name: its attributes, and which other entities it has. */
export type SearchSchema = {
  subject: 'run' | 'experiment';
  attributes: Record<string, AttributeType>;
  entities: EntityKind[];
};

const ENTITY_PREFIXES: Record<string, EntityKind> = {
  attribute: 'attribute',
  attributes: 'attribute',
  attr: 'attribute',
  run: 'attribute',
  metric: 'metric',
  metrics: 'metric',
  param: 'param',
  params: 'param',
  parameter: 'param',
  parameters: 'param',
  tag: 'tag',
  tags: 'tag',
};

/**
 * Reads an identifier as MLflow spells it: `status` (an attribute),
 * `tags.mlflow.runName` (everything after the first dot is the key) or a key
 * quoted with backticks or double quotes, like ``metrics.`train loss` ``.
 */
export function parseIdentifier(
  text: string,
  schema: SearchSchema,
): Identifier {
  const dot = text.indexOf('.');
  if (dot < 0) return attribute(text, schema);
  const prefix = text.slice(0, dot).toLowerCase();
  const entity = ENTITY_PREFIXES[prefix];
  if (!entity) {
    throw invalidParameter(
      `Invalid entity type '${text.slice(
        0,
        dot,
      )}'. Valid values are ${validPrefixes(schema)}.`,
    );
  }
  const key = unquote(text.slice(dot + 1));
  if (!key) {
    throw invalidParameter(`Invalid identifier '${text}': the key is empty.`);
  }
  if (entity === 'attribute') return attribute(key, schema);
  if (!schema.entities.includes(entity)) {
    throw invalidParameter(
      `Invalid entity type '${prefix}' in a search of ${
        schema.subject
      }s. Valid values are ${validPrefixes(schema)}.`,
    );
  }
  return { entity, key };
}

function attribute(name: string, schema: SearchSchema): Identifier {
  const key = unquote(name);
  if (!(key in schema.attributes)) {
    throw invalidParameter(
      `Invalid attribute key '${key}' specified. Valid keys are '${Object.keys(
        schema.attributes,
      ).join("', '")}'.`,
    );
  }
  return { entity: 'attribute', key };
}

function unquote(text: string): string {
  const quoted = /^(`|")(.*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}

function validPrefixes(schema: SearchSchema): string {
  const names: Record<EntityKind, string> = {
    attribute: "'attributes'",
    metric: "'metrics'",
    param: "'params'",
    tag: "'tags'",
  };
  return ['attribute' as const, ...schema.entities]
    .map(e => names[e])
    .join(', ');
}
