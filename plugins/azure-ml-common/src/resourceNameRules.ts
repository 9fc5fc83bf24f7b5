/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ResourceIdSegment } from './InvalidResourceIdError';

/**
 * What Azure allows in one variable segment of an Azure Machine Learning
 * resource id. `pattern` is the authority; the other fields only let
 * {@link findNameProblem} say in words which part of the rule a value breaks.
 *
 * @public
 */
export interface ResourceNameRule {
  /** The segment this rule checks. */
  segment: ResourceIdSegment;
  /** How a message names the value, e.g. `workspace name`. */
  label: string;
  /** Fewest characters, counted in UTF-16 code units as .NET (and ARM) counts them. */
  minLength: number;
  /** Most characters, counted like {@link ResourceNameRule.minLength}. */
  maxLength: number;
  /** Matches one allowed character. */
  allowedCharacter: RegExp;
  /** The allowed characters in words. */
  allowedCharacters: string;
  /** The first character, when it is more restricted than the rest. */
  first?: { test: RegExp; description: string };
  /** The last character, when it is more restricted than the rest. */
  last?: { test: RegExp; description: string };
  /** Whether `..` is refused although `.` is allowed. */
  refusesDoubleDot?: boolean;
  /** A fixed format the whole value must have, described in words (GUIDs). */
  format?: string;
  /** The whole rule, apart from the length when that is not in the pattern. */
  pattern: RegExp;
}

const letterOrDigit = /^[a-zA-Z0-9]$/;
const letter = /^[a-zA-Z]$/;

/**
 * Subscription ids are GUIDs: ARM's common `SubscriptionIdParameter` is
 * `format: uuid` (azure-rest-api-specs, common-types/resource-management).
 */
const subscriptionId: ResourceNameRule = {
  segment: 'subscriptionId',
  label: 'subscription id',
  minLength: 36,
  maxLength: 36,
  allowedCharacter: /^[0-9a-fA-F-]$/,
  allowedCharacters: 'hexadecimal digits and "-"',
  format: 'a GUID such as 00000000-0000-0000-0000-000000000000',
  pattern:
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
};

/**
 * Resource groups: 1-90 characters; underscores, hyphens, periods,
 * parentheses, and letters or digits as .NET's Char.IsLetterOrDigit defines
 * them (Unicode categories Lu, Ll, Lt, Lm, Lo and Nd); can't end with a
 * period. Source: "Naming rules and restrictions for Azure resources",
 * Microsoft.Resources / resourcegroups (learn.microsoft.com).
 */
const resourceGroup: ResourceNameRule = {
  segment: 'resourceGroup',
  label: 'resource group name',
  minLength: 1,
  maxLength: 90,
  allowedCharacter: /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nd}_\-.()]$/u,
  allowedCharacters: 'letters, digits, "_", "-", ".", "(" and ")"',
  last: { test: /^[^.]$/u, description: 'must not end with "."' },
  pattern:
    /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nd}_\-.()]*[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nd}_\-()]$/u,
};

/**
 * Workspaces: the `workspaceName` path pattern of the Azure Machine Learning
 * REST API, stable 2024-10-01 (`^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$`); the
 * resource naming rules give the same 3-33 characters.
 */
const workspaceName: ResourceNameRule = {
  segment: 'workspaceName',
  label: 'workspace name',
  minLength: 3,
  maxLength: 33,
  allowedCharacter: /^[a-zA-Z0-9_-]$/,
  allowedCharacters: 'letters, digits, "_" and "-"',
  first: {
    test: letterOrDigit,
    description: 'must start with a letter or digit',
  },
  pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/,
};

/**
 * Jobs: the `id` path pattern of Jobs_Get in the Azure Machine Learning REST
 * API, stable 2024-10-01 (`^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`).
 */
const jobName: ResourceNameRule = {
  segment: 'jobName',
  label: 'job name',
  minLength: 1,
  maxLength: 255,
  allowedCharacter: /^[a-zA-Z0-9_-]$/,
  allowedCharacters: 'letters, digits, "-" and "_"',
  first: {
    test: letterOrDigit,
    description: 'must start with a letter or digit',
  },
  pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/,
};

/**
 * Model, data and environment (asset container) names. The REST API, stable
 * 2024-10-01, declares `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$` for new
 * containers, but workspaces also hold older and curated assets whose names
 * carry dots (for example the curated environment
 * `AzureML-sklearn-0.24-ubuntu18.04-py37-cpu`, which jobs reference by a
 * workspace id), so `.` is allowed here; `..` is not.
 */
function assetName(
  segment: ResourceIdSegment,
  label: string,
): ResourceNameRule {
  return {
    segment,
    label,
    minLength: 1,
    maxLength: 255,
    allowedCharacter: /^[a-zA-Z0-9_.-]$/,
    allowedCharacters: 'letters, digits, "-", "_" and "."',
    first: {
      test: letterOrDigit,
      description: 'must start with a letter or digit',
    },
    refusesDoubleDot: true,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/,
  };
}

/**
 * Asset versions. The REST API declares no pattern for `{version}`. Versions
 * seen in workspaces are integers, dotted strings such as `1.0.0`, and the
 * 32- or 64-character hex hashes the CLI gives anonymous environments
 * (`CliV2AnonymousEnvironment/versions/5d230430f302e7876f9b64710733f68e`), so
 * versions take the asset-name rule: 1-255 letters, digits, `-`, `_`, `.`,
 * starting with a letter or digit, no `..`.
 */
function assetVersion(label: string): ResourceNameRule {
  return assetName('version', label);
}

/**
 * Online endpoints: 3-32 characters, start with a letter, then letters,
 * digits and `-`, end with a letter or digit. Source: azure-ai-ml
 * `EndpointConfigurations` (MIN_NAME_LENGTH 3, MAX_NAME_LENGTH 32,
 * `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$`) and the managed online endpoint
 * limits in the Azure Machine Learning quota documentation.
 */
const endpointName: ResourceNameRule = {
  segment: 'endpointName',
  label: 'online endpoint name',
  minLength: 3,
  maxLength: 32,
  allowedCharacter: /^[a-zA-Z0-9-]$/,
  allowedCharacters: 'letters, digits and "-"',
  first: { test: letter, description: 'must start with a letter' },
  last: { test: letterOrDigit, description: 'must end with a letter or digit' },
  pattern: /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/,
};

/**
 * Online deployments: the same rule as endpoints. Source: azure-ai-ml
 * `validate_endpoint_or_deployment_name(name, is_deployment=True)` and the
 * quota documentation ("Deployment names must begin with a letter, be 3-32
 * characters in length").
 */
const deploymentName: ResourceNameRule = {
  ...endpointName,
  segment: 'deploymentName',
  label: 'deployment name',
};

/**
 * Computes: 2-24 characters, start with a letter, then letters, digits and
 * `-`. This is the union of compute clusters and attached computes (2-16
 * characters, resource naming rules: Microsoft.MachineLearningServices /
 * workspaces / computes) and compute instances (3-24 characters starting
 * with a letter, the service's own validation message), so an id of any kind
 * of compute parses.
 */
const computeName: ResourceNameRule = {
  segment: 'computeName',
  label: 'compute name',
  minLength: 2,
  maxLength: 24,
  allowedCharacter: /^[a-zA-Z0-9-]$/,
  allowedCharacters: 'letters, digits and "-"',
  first: { test: letter, description: 'must start with a letter' },
  pattern: /^[a-zA-Z][a-zA-Z0-9-]{1,23}$/,
};

/**
 * The naming rule of every variable segment, by segment.
 *
 * @public
 */
export const resourceNameRules = {
  subscriptionId,
  resourceGroup,
  workspaceName,
  jobName,
  modelName: assetName('modelName', 'model name'),
  dataName: assetName('dataName', 'data asset name'),
  environmentName: assetName('environmentName', 'environment name'),
  modelVersion: assetVersion('model version'),
  dataVersion: assetVersion('data asset version'),
  environmentVersion: assetVersion('environment version'),
  endpointName,
  deploymentName,
  computeName,
} as const;

const MAX_QUOTED_LENGTH = 80;

/**
 * Quotes a value for a message: JSON escaping keeps control characters and
 * line breaks out of logs, and long values are cut short.
 */
export function quoteValue(value: string): string {
  const shown =
    value.length > MAX_QUOTED_LENGTH
      ? `${value.slice(0, MAX_QUOTED_LENGTH - 1)}…`
      : value;
  return JSON.stringify(shown);
}

/** Names the JavaScript type of a value that should have been a string. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Returns why `value` breaks `rule`, starting with the rule's label, or
 * `undefined` when Azure allows it.
 *
 * @public
 */
export function findNameProblem(
  rule: ResourceNameRule,
  value: unknown,
): string | undefined {
  if (typeof value !== 'string') {
    return `${rule.label} must be a string, but got ${describeType(value)}`;
  }
  if (value.length === 0) {
    return `${rule.label} is empty`;
  }
  const shown = `${rule.label} ${quoteValue(value)}`;
  if (/\s/u.test(value)) {
    return `${shown} contains whitespace`;
  }
  if (rule.format && !rule.pattern.test(value)) {
    return `${shown} must be ${rule.format}`;
  }
  for (const character of value) {
    if (!rule.allowedCharacter.test(character)) {
      const hint =
        character === '%'
          ? ' (percent-encoded ids are not accepted; decode the id first)'
          : '';
      return `${shown} contains ${JSON.stringify(character)}; only ${
        rule.allowedCharacters
      } are allowed${hint}`;
    }
  }
  if (rule.refusesDoubleDot && value.includes('..')) {
    return `${shown} contains ".."`;
  }
  if (value.length < rule.minLength || value.length > rule.maxLength) {
    return `${shown} is ${value.length} characters long; it must be ${rule.minLength}-${rule.maxLength} characters`;
  }
  if (rule.first && !rule.first.test.test(value[0])) {
    return `${shown} ${rule.first.description}`;
  }
  if (rule.last && !rule.last.test.test(value[value.length - 1])) {
    return `${shown} ${rule.last.description}`;
  }
  if (!rule.pattern.test(value)) {
    return `${shown} does not match ${String(rule.pattern)}`;
  }
  return undefined;
}
