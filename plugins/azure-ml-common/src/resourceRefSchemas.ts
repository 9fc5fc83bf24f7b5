/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { z } from 'zod';
import type { WorkspaceChildRef, WorkspaceRef } from './resourceIds';
import {
  findNameProblem,
  resourceNameRules,
  type ResourceNameRule,
} from './resourceNameRules';

/** A string schema that applies one Azure naming rule, with its message. */
function nameSchema(rule: ResourceNameRule) {
  return z.string().superRefine((value, ctx) => {
    const problem = findNameProblem(rule, value);
    if (problem !== undefined) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });
}

const rules = resourceNameRules;

/**
 * Validates a {@link WorkspaceRef} taken from request input, with the same
 * naming rules and messages as {@link workspaceId}. Unknown keys are refused.
 *
 * @public
 */
export const workspaceRefSchema: z.ZodType<WorkspaceRef> = z.strictObject({
  subscriptionId: nameSchema(rules.subscriptionId),
  resourceGroup: nameSchema(rules.resourceGroup),
  workspaceName: nameSchema(rules.workspaceName),
});

/**
 * Validates a {@link WorkspaceChildRef} taken from request input, with the
 * same naming rules and messages as {@link workspaceChildId}. `kind` picks
 * the shape; unknown kinds and unknown keys are refused.
 *
 * @public
 */
export const workspaceChildRefSchema: z.ZodType<WorkspaceChildRef> =
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('job'),
      jobName: nameSchema(rules.jobName),
    }),
    z.strictObject({
      kind: z.literal('modelContainer'),
      modelName: nameSchema(rules.modelName),
    }),
    z.strictObject({
      kind: z.literal('modelVersion'),
      modelName: nameSchema(rules.modelName),
      version: nameSchema(rules.modelVersion),
    }),
    z.strictObject({
      kind: z.literal('dataContainer'),
      dataName: nameSchema(rules.dataName),
    }),
    z.strictObject({
      kind: z.literal('dataVersion'),
      dataName: nameSchema(rules.dataName),
      version: nameSchema(rules.dataVersion),
    }),
    z.strictObject({
      kind: z.literal('environmentContainer'),
      environmentName: nameSchema(rules.environmentName),
    }),
    z.strictObject({
      kind: z.literal('environmentVersion'),
      environmentName: nameSchema(rules.environmentName),
      version: nameSchema(rules.environmentVersion),
    }),
    z.strictObject({
      kind: z.literal('onlineEndpoint'),
      endpointName: nameSchema(rules.endpointName),
    }),
    z.strictObject({
      kind: z.literal('onlineDeployment'),
      endpointName: nameSchema(rules.endpointName),
      deploymentName: nameSchema(rules.deploymentName),
    }),
    z.strictObject({
      kind: z.literal('compute'),
      computeName: nameSchema(rules.computeName),
    }),
  ]);
