/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash } from 'node:crypto';
import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource, JobTimeline } from '../../state/model';
import { assetMetadata } from './assetCollections';
import { mlUserError } from './mlErrors';
import { resolveCompute } from './computeReference';
import { jobOutputUri } from './mlIds';
import { mlflowTrackingUri, studioJobUrl } from './workspaceUrls';

export const JOB_TYPES = ['Command', 'Sweep', 'Pipeline'];
const INPUT_TYPES = [
  'literal',
  'uri_file',
  'uri_folder',
  'mltable',
  'custom_model',
  'mlflow_model',
  'triton_model',
];
const OUTPUT_TYPES = INPUT_TYPES.filter(t => t !== 'literal');

/** How long a submitted job waits in the queue before it runs. */
export const QUEUE_MS = 5000;

type Properties = Record<string, any>;

/** Where a job runs, for its `services`. */
export type JobHost = {
  workspace: ArmResource;
  tenantId: string;
  baseUrl: string;
};

/** The services Azure ML attaches to every job: MLflow tracking and Studio. */
export function jobServices(host: JobHost, jobName: string) {
  const service = (jobServiceType: string, endpoint: string) => ({
    jobServiceType,
    port: 443,
    endpoint,
    status: 'Ready',
    errorMessage: '',
    properties: {},
  });
  return {
    Tracking: service(
      'Tracking',
      mlflowTrackingUri(host.baseUrl, host.workspace.id),
    ),
    Studio: service(
      'Studio',
      studioJobUrl(host.workspace.id, host.tenantId, jobName),
    ),
  };
}

function requireString(properties: Properties, field: string): string {
  const value = properties[field];
  if (typeof value !== 'string' || !value) {
    throw mlUserError(`'properties.${field}' is required for this job type.`);
  }
  return value;
}

function requireObject(properties: Properties, field: string): Properties {
  const value = properties[field];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw mlUserError(`'properties.${field}' is required for this job type.`);
  }
  return value;
}

function checkedInputs(inputs: unknown): Properties {
  const entries = Object.entries((inputs ?? {}) as Properties);
  for (const [name, input] of entries) {
    if (!INPUT_TYPES.includes(input?.jobInputType)) {
      throw mlUserError(
        `Input '${name}' has an unknown jobInputType '${input?.jobInputType}'.`,
      );
    }
    const field = input.jobInputType === 'literal' ? 'value' : 'uri';
    if (typeof input[field] !== 'string') {
      throw mlUserError(`Input '${name}' needs a '${field}'.`);
    }
  }
  return Object.fromEntries(entries);
}

/** Outputs with the storage location Azure ML assigns when none is given. */
function checkedOutputs(
  outputs: unknown,
  workspace: ArmResource,
  jobName: string,
): Properties {
  const entries = Object.entries((outputs ?? {}) as Properties);
  return Object.fromEntries(
    entries.map(([name, output]) => {
      if (!OUTPUT_TYPES.includes(output?.jobOutputType)) {
        throw mlUserError(
          `Output '${name}' has an unknown jobOutputType '${output?.jobOutputType}'.`,
        );
      }
      return [
        name,
        {
          description: output.description ?? '',
          mode: output.mode ?? 'ReadWriteMount',
          uri: output.uri ?? jobOutputUri(workspace.id, jobName, name),
          ...output,
        },
      ];
    }),
  );
}

function typeSpecificProperties(properties: Properties): Properties {
  switch (properties.jobType) {
    case 'Command':
      return {
        command: requireString(properties, 'command'),
        environmentId: requireString(properties, 'environmentId'),
        environmentVariables: properties.environmentVariables ?? {},
        resources: {
          instanceCount: 1,
          properties: {},
          ...properties.resources,
        },
        parameters: {},
      };
    case 'Sweep':
      return {
        objective: requireObject(properties, 'objective'),
        samplingAlgorithm: requireObject(properties, 'samplingAlgorithm'),
        searchSpace: requireObject(properties, 'searchSpace'),
        trial: requireObject(properties, 'trial'),
      };
    default:
      return {
        jobs: properties.jobs ?? {},
        settings: properties.settings ?? {},
      };
  }
}

/**
 * The stored properties of a job submitted with `properties`: checked, with
 * what Azure ML fills in (display name, experiment, identity, services,
 * output locations). The status is not stored; it follows the timeline.
 */
export function acceptJobProperties(
  state: EmulatorState,
  host: JobHost,
  jobName: string,
  properties: Properties,
): Properties {
  if (!JOB_TYPES.includes(properties.jobType)) {
    throw mlUserError(
      `'properties.jobType' must be one of ${JOB_TYPES.join(', ')}.`,
    );
  }
  const computeId = resolveCompute(state, host.workspace, properties.computeId);
  const { status: _readOnly, ...given } = properties;
  return {
    ...given,
    ...assetMetadata(properties),
    displayName: properties.displayName ?? jobName,
    experimentName: properties.experimentName ?? 'Default',
    identity: properties.identity ?? { identityType: 'AMLToken' },
    services: jobServices(host, jobName),
    inputs: checkedInputs(properties.inputs),
    outputs: checkedOutputs(properties.outputs, host.workspace, jobName),
    ...(computeId ? { computeId } : {}),
    ...typeSpecificProperties(properties),
  };
}

/** The metrics a job logs: its sweep objective, or loss and accuracy. */
export function metricNamesOf(properties: Properties): string[] {
  const primary = properties.objective?.primaryMetric;
  return primary && primary !== 'loss'
    ? [primary, 'loss']
    : ['loss', 'accuracy'];
}

/**
 * The timeline of a job submitted at `nowMs`: queued briefly, then running
 * for 2 to 9 minutes (fixed by its name), then completed.
 */
export function submittedJobTimeline(
  state: EmulatorState,
  jobName: string,
  properties: Properties,
  nowMs: number,
): JobTimeline {
  const minutes = 2 + (createHash('sha1').update(jobName).digest()[0] % 8);
  return {
    startOffsetMs: nowMs - state.epochMs + QUEUE_MS,
    durationMs: minutes * 60_000,
    finalStatus: 'Completed',
    pendingStatus: 'Queued',
    metrics: metricNamesOf(properties),
  };
}
