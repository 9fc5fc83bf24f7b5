/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobBase } from '@azure/arm-machinelearning';
import {
  azureMlJobStatuses,
  type AzureMlJob,
  type AzureMlJobIo,
  type AzureMlJobStatus,
  type AzureMlJobType,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { stringRecord } from './stringRecord';

const JOB_TYPES: ReadonlySet<string> = new Set([
  'Command',
  'Sweep',
  'Pipeline',
]);

function toStatus(status: string | undefined): AzureMlJobStatus {
  return (azureMlJobStatuses as readonly string[]).includes(status ?? '')
    ? (status as AzureMlJobStatus)
    : 'Unknown';
}

/** Azure ML writes run times as `2024-05-01 09:30:00` (UTC) in job properties. */
function toIsoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(`${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function toIo(
  bindings: Record<string, unknown> | undefined,
  typeField: 'jobInputType' | 'jobOutputType',
): Record<string, AzureMlJobIo> {
  const result: Record<string, AzureMlJobIo> = {};
  for (const [name, binding] of Object.entries(bindings ?? {})) {
    if (!binding || typeof binding !== 'object') continue;
    const b = binding as Record<string, unknown>;
    const io: AzureMlJobIo = { type: String(b[typeField] ?? 'unknown') };
    if (typeof b.uri === 'string') io.uri = b.uri;
    if (typeof b.value === 'string') io.value = b.value;
    if (typeof b.mode === 'string') io.mode = b.mode;
    result[name] = io;
  }
  return result;
}

/**
 * Maps a job as `@azure/arm-machinelearning` returns it to the plugins'
 * {@link @azure-ml-backstage/plugin-azure-ml-common#AzureMlJob}, or
 * `undefined` for job types the plugins do not show (AutoML, Spark).
 *
 * @remarks
 *
 * `parameters` stays empty: MLflow holds a job's logged parameters, not ARM.
 *
 * @param job - The job from ARM.
 * @param studioFallback - The Studio URL to use when Azure lists no Studio service.
 * @internal
 */
export function mapJob(
  job: JobBase,
  studioFallback: string,
): AzureMlJob | undefined {
  const p = job.properties as JobBase['properties'] & {
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
  };
  if (!JOB_TYPES.has(p.jobType)) return undefined;
  const name = job.name ?? '';
  const runProperties = p.properties ?? {};
  const mapped: AzureMlJob = {
    id: job.id ?? '',
    name,
    displayName: p.displayName || name,
    experimentName: p.experimentName || 'Default',
    jobType: p.jobType as AzureMlJobType,
    status: toStatus(p.status),
    submittedBy: job.systemData?.createdBy ?? '',
    createdAt: job.systemData?.createdAt?.toISOString() ?? '',
    tags: stringRecord(p.tags),
    parameters: {},
    inputs: toIo(p.inputs, 'jobInputType'),
    outputs: toIo(p.outputs, 'jobOutputType'),
    studioUrl: p.services?.Studio?.endpoint || studioFallback,
  };
  if (p.computeId) mapped.computeId = p.computeId;
  const startedAt = toIsoTime(runProperties.StartTimeUtc);
  if (startedAt) mapped.startedAt = startedAt;
  const endedAt = toIsoTime(runProperties.EndTimeUtc);
  if (endedAt) mapped.endedAt = endedAt;
  return mapped;
}
