/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlJobStatuses,
  type AzureMlJobFilter,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { z } from 'zod';
import { commaList, parseInput } from './zodInput';

const pageToken = z.string().min(1).max(4096).optional();

const listQuery = z.strictObject({ pageToken });

const jobListQuery = z.strictObject({
  pageToken,
  status: commaList(z.enum(azureMlJobStatuses)).optional(),
  experimentName: z.string().min(1).max(255).optional(),
  jobType: z.enum(['Command', 'Sweep', 'Pipeline']).optional(),
  submittedBy: z.string().min(1).max(255).optional(),
});

const metricsQuery = z.strictObject({
  maxPoints: z.coerce.number().int().min(2).max(5000).default(500),
  keys: commaList(z.string().min(1).max(250)).optional(),
});

function parse<T>(schema: z.ZodType<T>, query: unknown): T {
  return parseInput(schema, query, { what: 'query', root: 'query' });
}

/**
 * The query of a list route: only `pageToken`.
 *
 * @internal
 */
export function readListQuery(query: unknown): { pageToken?: string } {
  return parse(listQuery, query);
}

/**
 * The query of the job list: its filters and `pageToken`.
 *
 * @internal
 */
export function readJobListQuery(
  query: unknown,
): AzureMlJobFilter & { pageToken?: string } {
  return parse(jobListQuery, query);
}

/**
 * The query of a job's metrics: `maxPoints` per series (default 500) and
 * the metric `keys` (all when absent).
 *
 * @internal
 */
export function readMetricsQuery(query: unknown): {
  maxPoints: number;
  keys?: string[];
} {
  return parse(metricsQuery, query);
}
