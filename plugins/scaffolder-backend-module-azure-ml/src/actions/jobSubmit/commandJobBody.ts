/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** A job input as the action takes it. */
export type JobInputValue =
  | string
  | number
  | boolean
  | { type: 'literal'; value: string | number | boolean }
  | {
      type: 'uri_file' | 'uri_folder' | 'mltable';
      path: string;
      mode?: 'ReadOnlyMount' | 'Download' | 'Direct';
    };

/** A job input as the Azure ML REST API takes it. */
function restInput(input: JobInputValue): Record<string, unknown> {
  if (typeof input !== 'object') {
    return { jobInputType: 'literal', value: String(input) };
  }
  if (input.type === 'literal') {
    return { jobInputType: 'literal', value: String(input.value) };
  }
  return {
    jobInputType: input.type,
    uri: input.path,
    mode: input.mode ?? 'ReadOnlyMount',
  };
}

/**
 * The data paths of a job's inputs (data assets, datastore paths, URLs).
 *
 * @internal
 */
export function dataPathsOf(inputs: Record<string, JobInputValue> = {}) {
  return Object.values(inputs).flatMap(input =>
    typeof input === 'object' && input.type !== 'literal' ? [input.path] : [],
  );
}

/**
 * The REST body of a command job (as the Azure ML REST API takes it, not the
 * SDK's model), with references already resolved to ARM ids.
 *
 * @internal
 */
export function commandJobBody(job: {
  command: string;
  environmentId: string;
  computeId?: string;
  codeId?: string;
  experimentName: string;
  displayName?: string;
  description?: string;
  tags?: Record<string, string>;
  inputs?: Record<string, JobInputValue>;
  environmentVariables?: Record<string, string>;
  /** Provenance, in the job's (immutable) properties. */
  properties: Record<string, string>;
}): { properties: Record<string, unknown> } {
  const inputs = Object.fromEntries(
    Object.entries(job.inputs ?? {}).map(([name, input]) => [
      name,
      restInput(input),
    ]),
  );
  return {
    properties: {
      jobType: 'Command',
      command: job.command,
      environmentId: job.environmentId,
      experimentName: job.experimentName,
      ...(job.computeId ? { computeId: job.computeId } : {}),
      ...(job.codeId ? { codeId: job.codeId } : {}),
      ...(job.displayName ? { displayName: job.displayName } : {}),
      ...(job.description ? { description: job.description } : {}),
      ...(job.tags ? { tags: job.tags } : {}),
      ...(job.environmentVariables
        ? { environmentVariables: job.environmentVariables }
        : {}),
      inputs,
      properties: job.properties,
    },
  };
}
