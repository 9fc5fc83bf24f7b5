/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InvalidResourceIdError } from './InvalidResourceIdError';
import {
  describeType,
  findNameProblem,
  quoteValue,
  resourceNameRules,
  type ResourceNameRule,
} from './resourceNameRules';

/**
 * Points at one Azure Machine Learning workspace by the three names in its
 * Azure Resource Manager id.
 *
 * @public
 */
export interface WorkspaceRef {
  /** The subscription id, a GUID. */
  subscriptionId: string;
  /** The resource group name, 1-90 characters. */
  resourceGroup: string;
  /** The workspace name, 3-33 characters. */
  workspaceName: string;
}

/**
 * Points at one resource inside an Azure Machine Learning workspace. `kind`
 * decides which names it carries.
 *
 * @public
 */
export type WorkspaceChildRef =
  /** A job: `jobs/{jobName}`. */
  | { kind: 'job'; jobName: string }
  /** A registered model: `models/{modelName}`. */
  | { kind: 'modelContainer'; modelName: string }
  /** One version of a registered model: `models/{modelName}/versions/{version}`. */
  | { kind: 'modelVersion'; modelName: string; version: string }
  /** A data asset: `data/{dataName}`. */
  | { kind: 'dataContainer'; dataName: string }
  /** One version of a data asset: `data/{dataName}/versions/{version}`. */
  | { kind: 'dataVersion'; dataName: string; version: string }
  /** An environment: `environments/{environmentName}`. */
  | { kind: 'environmentContainer'; environmentName: string }
  /** One version of an environment: `environments/{environmentName}/versions/{version}`. */
  | { kind: 'environmentVersion'; environmentName: string; version: string }
  /** An online endpoint: `onlineEndpoints/{endpointName}`. */
  | { kind: 'onlineEndpoint'; endpointName: string }
  /** A deployment behind an online endpoint: `onlineEndpoints/{endpointName}/deployments/{deploymentName}`. */
  | { kind: 'onlineDeployment'; endpointName: string; deploymentName: string }
  /** A compute: `computes/{computeName}`. */
  | { kind: 'compute'; computeName: string };

/**
 * The kinds of workspace child a {@link WorkspaceChildRef} can point at.
 *
 * @public
 */
export type WorkspaceChildKind = WorkspaceChildRef['kind'];

/**
 * A workspace id taken apart by {@link parseWorkspaceId}.
 *
 * @public
 */
export interface ParsedWorkspaceId {
  /** The id rebuilt with ARM's canonical casing of its fixed segments. */
  id: string;
  /** The workspace the id points at. */
  workspace: WorkspaceRef;
}

/**
 * A workspace child id taken apart by {@link parseWorkspaceChildId}.
 *
 * @public
 */
export interface ParsedWorkspaceChildId {
  /** The id rebuilt with ARM's canonical casing of its fixed segments. */
  id: string;
  /** The workspace that holds the resource. */
  workspace: WorkspaceRef;
  /** The resource inside the workspace. */
  child: WorkspaceChildRef;
}

const PROVIDER = 'Microsoft.MachineLearningServices';

/** One variable segment of a child path and the ref field that holds it. */
interface ChildName {
  kind: WorkspaceChildKind;
  field: string;
  rule: ResourceNameRule;
}

/** One resource type in a workspace, and the type nested under it, if any. */
interface ChildType {
  type: string;
  name: ChildName;
  nested?: { keyword: string; name: ChildName };
}

const rules = resourceNameRules;

const CHILD_TYPES: readonly ChildType[] = [
  {
    type: 'jobs',
    name: { kind: 'job', field: 'jobName', rule: rules.jobName },
  },
  {
    type: 'models',
    name: { kind: 'modelContainer', field: 'modelName', rule: rules.modelName },
    nested: {
      keyword: 'versions',
      name: {
        kind: 'modelVersion',
        field: 'version',
        rule: rules.modelVersion,
      },
    },
  },
  {
    type: 'data',
    name: { kind: 'dataContainer', field: 'dataName', rule: rules.dataName },
    nested: {
      keyword: 'versions',
      name: { kind: 'dataVersion', field: 'version', rule: rules.dataVersion },
    },
  },
  {
    type: 'environments',
    name: {
      kind: 'environmentContainer',
      field: 'environmentName',
      rule: rules.environmentName,
    },
    nested: {
      keyword: 'versions',
      name: {
        kind: 'environmentVersion',
        field: 'version',
        rule: rules.environmentVersion,
      },
    },
  },
  {
    type: 'onlineEndpoints',
    name: {
      kind: 'onlineEndpoint',
      field: 'endpointName',
      rule: rules.endpointName,
    },
    nested: {
      keyword: 'deployments',
      name: {
        kind: 'onlineDeployment',
        field: 'deploymentName',
        rule: rules.deploymentName,
      },
    },
  },
  {
    type: 'computes',
    name: { kind: 'compute', field: 'computeName', rule: rules.computeName },
  },
];

const CHILD_TYPE_LIST = CHILD_TYPES.map(t => JSON.stringify(t.type)).join(', ');
const CHILD_KIND_LIST = CHILD_TYPES.flatMap(t =>
  t.nested ? [t.name.kind, t.nested.name.kind] : [t.name.kind],
)
  .map(kind => JSON.stringify(kind))
  .join(', ');

function checkName(rule: ResourceNameRule, value: unknown): string {
  const problem = findNameProblem(rule, value);
  if (problem !== undefined) {
    throw new InvalidResourceIdError(rule.segment, problem);
  }
  return value as string;
}

function checkObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidResourceIdError(
      'id',
      `the ${what} must be an object, but got ${describeType(value)}`,
    );
  }
  return value as Record<string, unknown>;
}

/**
 * Builds the Azure Resource Manager id of a workspace, after checking each
 * name against Azure's naming rules.
 *
 * @param ref - The workspace.
 * @returns `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/workspaces/{w}`.
 * @throws {@link InvalidResourceIdError} when a name is not one Azure allows.
 * @public
 */
export function workspaceId(ref: WorkspaceRef): string {
  const fields = checkObject(ref, 'workspace reference');
  const subscriptionId = checkName(rules.subscriptionId, fields.subscriptionId);
  const resourceGroup = checkName(rules.resourceGroup, fields.resourceGroup);
  const workspaceName = checkName(rules.workspaceName, fields.workspaceName);
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${PROVIDER}/workspaces/${workspaceName}`;
}

/**
 * Builds the Azure Resource Manager id of a resource inside a workspace,
 * after checking each name against Azure's naming rules.
 *
 * @param ref - The workspace that holds the resource.
 * @param child - The resource, for example `{ kind: 'job', jobName: 'sharp_lamp_1' }`.
 * @returns The workspace id followed by the child's path, for example `.../workspaces/{w}/jobs/{jobName}`.
 * @throws {@link InvalidResourceIdError} when a name is not one Azure allows or `child.kind` is unknown.
 * @public
 */
export function workspaceChildId(
  ref: WorkspaceRef,
  child: WorkspaceChildRef,
): string {
  const parent = workspaceId(ref);
  const fields = checkObject(child, 'workspace child reference');
  for (const childType of CHILD_TYPES) {
    if (fields.kind === childType.name.kind) {
      const name = checkName(childType.name.rule, fields[childType.name.field]);
      return `${parent}/${childType.type}/${name}`;
    }
    const nested = childType.nested;
    if (nested && fields.kind === nested.name.kind) {
      const name = checkName(childType.name.rule, fields[childType.name.field]);
      const nestedName = checkName(nested.name.rule, fields[nested.name.field]);
      return `${parent}/${childType.type}/${name}/${nested.keyword}/${nestedName}`;
    }
  }
  const kind =
    typeof fields.kind === 'string'
      ? quoteValue(fields.kind)
      : describeType(fields.kind);
  throw new InvalidResourceIdError(
    'resourceType',
    `workspace child kind ${kind} is not supported; expected one of ${CHILD_KIND_LIST}`,
  );
}

/** Reads the segments of an id one at a time, naming each problem exactly. */
function readSegments(id: unknown) {
  if (typeof id !== 'string') {
    throw new InvalidResourceIdError(
      'id',
      `the id must be a string, but got ${describeType(id)}`,
    );
  }
  if (id.length === 0) {
    throw new InvalidResourceIdError('id', 'the id is empty');
  }
  if (!id.startsWith('/')) {
    throw new InvalidResourceIdError(
      'id',
      `the id ${quoteValue(id)} must start with "/subscriptions/"`,
    );
  }
  const segments = id.slice(1).split('/');
  let next = 0;

  const take = (expected: string): string => {
    if (next >= segments.length) {
      throw new InvalidResourceIdError(
        'id',
        `the id ends after segment ${next} (${quoteValue(
          segments[next - 1],
        )}); expected ${expected}`,
      );
    }
    return segments[next++];
  };

  return {
    keyword(
      keyword: string,
      mismatch?: { segment: 'provider' | 'resourceType'; what: string },
    ): void {
      const value = take(JSON.stringify(keyword));
      if (value.toLowerCase() === keyword.toLowerCase()) {
        return;
      }
      if (mismatch && value.length > 0) {
        throw new InvalidResourceIdError(
          mismatch.segment,
          `${mismatch.what} ${quoteValue(
            value,
          )} is not supported; expected ${JSON.stringify(keyword)}`,
        );
      }
      throw new InvalidResourceIdError(
        mismatch?.segment ?? 'id',
        `segment ${next} is ${
          value.length === 0 ? 'empty' : quoteValue(value)
        }; expected ${JSON.stringify(keyword)}`,
      );
    },
    name(rule: ResourceNameRule): string {
      return checkName(rule, take(`the ${rule.label}`));
    },
    childType(): ChildType {
      const value = take(`a workspace child type: one of ${CHILD_TYPE_LIST}`);
      const childType = CHILD_TYPES.find(
        t => t.type.toLowerCase() === value.toLowerCase(),
      );
      if (!childType) {
        throw new InvalidResourceIdError(
          'resourceType',
          `resource type ${
            value.length === 0 ? '""' : quoteValue(value)
          } is not supported in a workspace; expected one of ${CHILD_TYPE_LIST}`,
        );
      }
      return childType;
    },
    hasMore(): boolean {
      return next < segments.length;
    },
    end(after: string): void {
      if (next < segments.length) {
        throw new InvalidResourceIdError(
          'id',
          `the id has unexpected segments after the ${after}: ${quoteValue(
            `/${segments.slice(next).join('/')}`,
          )}`,
        );
      }
    },
  };
}

type SegmentReader = ReturnType<typeof readSegments>;

function readWorkspace(reader: SegmentReader): WorkspaceRef {
  reader.keyword('subscriptions');
  const subscriptionId = reader.name(rules.subscriptionId);
  reader.keyword('resourceGroups');
  const resourceGroup = reader.name(rules.resourceGroup);
  reader.keyword('providers');
  reader.keyword(PROVIDER, { segment: 'provider', what: 'provider' });
  reader.keyword('workspaces', {
    segment: 'resourceType',
    what: 'resource type',
  });
  const workspaceName = reader.name(rules.workspaceName);
  return { subscriptionId, resourceGroup, workspaceName };
}

/**
 * Parses and validates the Azure Resource Manager id of an Azure Machine
 * Learning workspace.
 *
 * @remarks
 *
 * Fixed segments (`subscriptions`, `resourceGroups`, `providers`,
 * `Microsoft.MachineLearningServices`, `workspaces`) match in any case, as
 * ARM matches them; the returned `id` spells them canonically. Names keep the
 * casing they were given and must follow Azure's naming rules.
 *
 * @param id - The id, for example the value of an entity annotation. Anything that is not a string is refused.
 * @throws {@link InvalidResourceIdError} naming the segment that is wrong and why.
 * @public
 */
export function parseWorkspaceId(id: unknown): ParsedWorkspaceId {
  const reader = readSegments(id);
  const workspace = readWorkspace(reader);
  reader.end(rules.workspaceName.label);
  return { id: workspaceId(workspace), workspace };
}

/**
 * Parses and validates the Azure Resource Manager id of a resource inside an
 * Azure Machine Learning workspace: a job, model, model version, data asset,
 * data asset version, environment, environment version, online endpoint,
 * online deployment or compute.
 *
 * @remarks
 *
 * Fixed segments match in any case, as ARM matches them; the returned `id`
 * spells them canonically, for example `onlineendpoints` becomes
 * `onlineEndpoints`. Names keep the casing they were given and must follow
 * Azure's naming rules. A workspace id on its own, other resource types and
 * extra or missing segments are refused.
 *
 * @param id - The id. Anything that is not a string is refused.
 * @throws {@link InvalidResourceIdError} naming the segment that is wrong and why.
 * @public
 */
export function parseWorkspaceChildId(id: unknown): ParsedWorkspaceChildId {
  const reader = readSegments(id);
  const workspace = readWorkspace(reader);
  const childType = reader.childType();
  const fields: Record<string, string> = {
    [childType.name.field]: reader.name(childType.name.rule),
  };
  let kind = childType.name.kind;
  let last = childType.name.rule.label;
  if (childType.nested && reader.hasMore()) {
    const nested = childType.nested;
    reader.keyword(nested.keyword);
    fields[nested.name.field] = reader.name(nested.name.rule);
    kind = nested.name.kind;
    last = nested.name.rule.label;
  }
  reader.end(last);
  const child = { kind, ...fields } as WorkspaceChildRef;
  return { id: workspaceChildId(workspace, child), workspace, child };
}
