/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Properties that pick a subtype in Azure ML's schemas (`x-ms-discriminator-
 * value`): two objects whose discriminators differ follow different schemas,
 * so only the discriminator itself is compared.
 */
const DISCRIMINATORS = [
  'jobType',
  'jobInputType',
  'jobOutputType',
  'distributionType',
  'jobLimitsType',
  'identityType',
  'endpointComputeType',
  'computeType',
  'samplingAlgorithmType',
  'policyType',
  'scaleType',
];

/**
 * Dictionary-valued (`additionalProperties`) properties of the ML schemas:
 * their keys are data (examples use placeholders like `"string"`), so each
 * entry is compared with the shape of the example's first entry.
 */
const DICTIONARIES = new Set([
  'tags',
  'services',
  'inputs',
  'outputs',
  'environmentVariables',
  'parameters',
  'traffic',
  'userAssignedIdentities',
  'flavors',
  'data',
]);

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Whether `key` of `parent` holds a dictionary. `properties` is one (the
 * asset property dictionary) except directly on a resource, recognised by its
 * `name`, where it is the resource's property bag.
 */
function isDictionary(key: string, parent: JsonObject): boolean {
  if (key === 'properties') return !('name' in parent);
  return DICTIONARIES.has(key);
}

function differingDiscriminator(actual: JsonObject, fixture: JsonObject) {
  return DISCRIMINATORS.find(
    d => d in actual && d in fixture && actual[d] !== fixture[d],
  );
}

/**
 * Where `actual` differs in shape from `fixture`: keys one has and the other
 * lacks, and values of different JSON types, recursively. Paths name array
 * items `[]` and dictionary entries `{}`; `allowedExtras` lists paths of keys
 * `actual` may have beyond the fixture (with why). A `null` in the fixture
 * says nothing about the type.
 */
export function shapeDifferences(
  actual: unknown,
  fixture: unknown,
  path: string,
  allowedExtras: Record<string, string> = {},
): string[] {
  if (fixture === null) return [];
  const kind = kindOf(fixture);
  if (kindOf(actual) !== kind) {
    return [`${path}: ${kindOf(actual)} where the fixture has ${kind}`];
  }
  if (kind === 'array') {
    const [sample] = fixture as Json[];
    if (sample === undefined) return [];
    return (actual as Json[]).flatMap(item =>
      shapeDifferences(item, sample, `${path}[]`, allowedExtras),
    );
  }
  if (kind !== 'object') return [];
  const a = actual as JsonObject;
  const f = fixture as JsonObject;
  const discriminator = differingDiscriminator(a, f);
  if (discriminator) {
    return shapeDifferences(
      a[discriminator],
      f[discriminator],
      `${path}.${discriminator}`,
    );
  }
  const differences: string[] = [];
  for (const key of Object.keys(f)) {
    if (!(key in a)) differences.push(`${path}.${key}: missing`);
  }
  for (const key of Object.keys(a)) {
    const keyPath = `${path}.${key}`;
    if (!(key in f)) {
      if (!(keyPath in allowedExtras))
        differences.push(`${keyPath}: not in the fixture`);
    } else if (isDictionary(key, f) && kindOf(f[key]) === 'object') {
      const [sample] = Object.values(f[key] as JsonObject);
      if (kindOf(a[key]) !== 'object') {
        differences.push(
          `${keyPath}: ${kindOf(a[key])} where the fixture has object`,
        );
      } else if (sample !== undefined) {
        for (const entry of Object.values(a[key] as JsonObject)) {
          differences.push(
            ...shapeDifferences(entry, sample, `${keyPath}{}`, allowedExtras),
          );
        }
      }
    } else {
      differences.push(
        ...shapeDifferences(a[key], f[key], keyPath, allowedExtras),
      );
    }
  }
  return differences;
}

/** Fails with every difference in shape between `actual` and `fixture`. */
export function expectSameShape(
  actual: unknown,
  fixture: unknown,
  path: string,
  allowedExtras: Record<string, string> = {},
): void {
  expect(shapeDifferences(actual, fixture, path, allowedExtras)).toEqual([]);
}
