/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import { nameField, workspaceField, type Zod } from '../inputFields';

const percent = (z: Zod) => z.number().int().min(0).max(100);

/** A traffic map: whole percentages by deployment name. */
const trafficMap = (z: Zod) =>
  z.record(
    nameField(z, resourceNameRules.deploymentName, 'A deployment name'),
    percent(z),
  );

/**
 * The input of `azureml:endpoint:traffic:update`: `deployment` with its
 * `share`, or a full `traffic` map adding up to 100.
 *
 * @internal
 */
export const endpointTrafficUpdateInput = (z: Zod) =>
  z
    .object({
      workspace: workspaceField(z),
      endpoint: nameField(
        z,
        resourceNameRules.endpointName,
        'The online endpoint whose traffic to set. Its catalog entity is what the Backstage permission is checked against.',
      ),
      deployment: nameField(
        z,
        resourceNameRules.deploymentName,
        'The deployment whose share to set, with share; the other deployments are scaled in proportion to fill the rest',
      ).optional(),
      share: percent(z)
        .optional()
        .describe(
          "The deployment's share of the traffic, a whole percentage from 0 to 100",
        ),
      traffic: trafficMap(z)
        .optional()
        .describe(
          'Instead of deployment and share: the whole split, whole percentages by deployment name adding up to 100; deployments left out get 0',
        ),
    })
    .strict()
    .superRefine((input, ctx) => {
      const single =
        input.deployment !== undefined || input.share !== undefined;
      if (single && input.traffic) {
        ctx.addIssue({
          code: 'custom',
          message: 'give either deployment and share, or traffic, not both',
        });
      } else if (!single && !input.traffic) {
        ctx.addIssue({
          code: 'custom',
          message: 'give deployment and share, or traffic',
        });
      } else if (single && input.deployment === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['deployment'],
          message: 'share needs the deployment it is for',
        });
      } else if (single && input.share === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['share'],
          message: 'deployment needs its share, 0 to 100',
        });
      }
      if (input.traffic) {
        const total = Object.values(input.traffic).reduce((a, b) => a + b, 0);
        if (total !== 100) {
          ctx.addIssue({
            code: 'custom',
            path: ['traffic'],
            message: `the shares add up to ${total}, but must add up to 100`,
          });
        }
      }
    });

/**
 * The output of `azureml:endpoint:traffic:update`.
 *
 * @internal
 */
export const endpointTrafficUpdateOutput = (z: Zod) =>
  z.object({
    traffic: z
      .record(z.number())
      .describe(
        "The endpoint's traffic as Azure reports it after the update (in a dry run: the split it would set)",
      ),
    previousTraffic: z
      .record(z.number())
      .describe("The endpoint's traffic before the update"),
  });
