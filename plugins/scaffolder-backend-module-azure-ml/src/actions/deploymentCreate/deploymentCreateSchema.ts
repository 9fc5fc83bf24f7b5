/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  descriptionField,
  nameField,
  tagsField,
  workspaceField,
  type Zod,
} from '../inputFields';
import { ASSET_REFERENCE } from '../jobSubmit/jobSubmitSchema';

/** Names of environment variables: identifiers. */
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_]{0,254}$/;

/** A VM size of managed compute, or an instance type of a Kubernetes cluster. */
const INSTANCE_TYPE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;

/** Whether a path stays inside the folder it is relative to. */
function isRelativePath(path: string): boolean {
  return (
    path.length > 0 &&
    path.trim() === path &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.split('/').includes('..')
  );
}

function probeField(z: Zod, which: string) {
  const seconds = (max: number, what: string) =>
    z.number().int().min(1).max(max).optional().describe(what);
  return z
    .object({
      initialDelaySeconds: seconds(
        3600,
        'Seconds after the container starts before the first probe',
      ),
      periodSeconds: seconds(3600, 'Seconds between two probes'),
      timeoutSeconds: seconds(3600, 'Seconds a probe may take'),
      failureThreshold: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe('Failed probes in a row after which it counts as failed'),
      successThreshold: z
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe(
          'Successful probes in a row after which it counts as passing',
        ),
    })
    .strict()
    .optional()
    .describe(
      `The ${which} probe of the scoring container; Azure ML's defaults for what is left out`,
    );
}

/**
 * The input of `azureml:deployment:create`.
 *
 * @internal
 */
export const deploymentCreateInput = (z: Zod) =>
  z
    .object({
      workspace: workspaceField(z),
      endpoint: nameField(
        z,
        resourceNameRules.endpointName,
        'The online endpoint to add the deployment to; it must exist. Its catalog entity is what the Backstage permission is checked against.',
      ),
      name: nameField(
        z,
        resourceNameRules.deploymentName,
        'The new deployment, e.g. green; it must not exist on the endpoint yet',
      ),
      model: z
        .string()
        .max(2048)
        .refine(
          m => ASSET_REFERENCE.test(m) || m.startsWith('/subscriptions/'),
          {
            message:
              'must be a model version: azureml:<name>:<version>, or its ARM id (/subscriptions/…/models/<name>/versions/<version>)',
          },
        )
        .describe(
          'The registered model version to serve: azureml:<name>:<version>, or its ARM id',
        ),
      environment: z
        .string()
        .min(1)
        .max(2048)
        .optional()
        .describe(
          'The scoring environment: azureml:<name>:<version> or azureml:<name>@latest, its ARM id, or a registry environment (azureml://registries/<registry>/environments/<name>/versions/<version>). Needed for a custom_model; leave it out for an MLflow or Triton model to let Azure ML provide it (no-code deployment).',
        ),
      codeConfiguration: z
        .object({
          code: z
            .string()
            .min(1)
            .max(2048)
            .describe(
              'The code holding the scoring script: a code asset (azureml:<name>:<version> or its ARM id), or a datastore path or storage URL, which is registered as a code asset for the deployment',
            ),
          scoringScript: z
            .string()
            .max(1024)
            .refine(isRelativePath, {
              message:
                'must be a relative path inside the code, such as score.py or src/score.py',
            })
            .describe(
              'The scoring script, relative to the code, e.g. score.py',
            ),
        })
        .strict()
        .optional()
        .describe(
          'The scoring script and the code it is in; needed (with environment) for a custom_model',
        ),
      instanceType: z
        .string()
        .regex(INSTANCE_TYPE, {
          message:
            'must be a VM size such as Standard_DS3_v2, or a Kubernetes instance type such as defaultinstancetype',
        })
        .optional()
        .describe(
          "The VM size of each instance on a managed endpoint, e.g. Standard_DS3_v2 (required there); on an endpoint on Kubernetes compute, one of the cluster's instance types (its defaultinstancetype when left out)",
        ),
      instanceCount: z
        .number()
        .int()
        .min(1)
        .max(100)
        .default(1)
        .describe('How many instances serve the deployment; 1 by default'),
      environmentVariables: z
        .record(
          z.string().regex(IDENTIFIER, {
            message:
              'variable names start with a letter or "_" and hold letters, digits and "_"',
          }),
          z.string().max(32_768),
        )
        .optional()
        .describe('Environment variables of the scoring container'),
      requestSettings: z
        .object({
          requestTimeoutMs: z
            .number()
            .int()
            .min(1)
            .max(180_000)
            .optional()
            .describe('How long a scoring request may take, in milliseconds'),
          maxConcurrentRequestsPerInstance: z
            .number()
            .int()
            .min(1)
            .max(1000)
            .optional()
            .describe('Scoring requests one instance takes at the same time'),
        })
        .strict()
        .optional()
        .describe("Scoring request limits; Azure ML's defaults when left out"),
      livenessProbe: probeField(z, 'liveness'),
      readinessProbe: probeField(z, 'readiness'),
      description: descriptionField(z, 'deployment'),
      tags: tagsField(z, 'deployment'),
      timeoutMinutes: z
        .number()
        .positive()
        .max(720)
        .default(30)
        .describe(
          'How long to wait for the deployment to be provisioned, in minutes (30 by default; fractions such as 0.5 allowed); a deployment that is not Succeeded by then is deleted',
        ),
    })
    .strict();

/**
 * The output of `azureml:deployment:create`.
 *
 * @internal
 */
export const deploymentCreateOutput = (z: Zod) =>
  z.object({
    deploymentName: z.string().describe('The deployment name'),
    deploymentId: z
      .string()
      .describe('The Azure Resource Manager id of the deployment'),
    endpointName: z.string().describe('The endpoint the deployment is on'),
    provisioningState: z
      .string()
      .describe(
        'Succeeded once the action has created it; NotStarted in a dry run',
      ),
    studioUrl: z
      .string()
      .describe('The endpoint in Azure Machine Learning studio'),
    portalUrl: z
      .string()
      .describe(
        "The endpoint's page in the portal, a path such as /catalog/default/system/mlw-vision/azure-ml/endpoints/<endpoint>",
      ),
  });
