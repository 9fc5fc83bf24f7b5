/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  azureMlJobStatuses,
  type AzureMlJobFilter,
  type AzureMlJobStatus,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { isJobTimeRange, type JobTimeRange } from './jobTimeRange';

/** The URL query keys of the job filters. */
const STATUS = 'status';
const EXPERIMENT = 'experiment';
const SUBMITTED_BY = 'submittedBy';
const SINCE = 'since';

/**
 * The job filters, as kept in the URL query, and their setters.
 *
 * @internal
 */
export interface JobFilters {
  /** The filter to ask the backend for. */
  filter: AzureMlJobFilter;
  /** How far back to list jobs, applied to the loaded pages; all time when absent. */
  since?: JobTimeRange;
  /** Lists jobs created within this range only; all time when absent. */
  setSince(since: JobTimeRange | undefined): void;
  /** Shows only jobs in these statuses; all statuses when empty. */
  setStatus(status: AzureMlJobStatus[]): void;
  /** Shows only jobs of this experiment; all experiments when empty. */
  setExperimentName(experimentName: string): void;
  /** Shows only jobs submitted by this principal; everyone's when empty. */
  setSubmittedBy(submittedBy: string): void;
}

const knownStatuses: ReadonlySet<string> = new Set(azureMlJobStatuses);

/**
 * Reads and writes the job filters in the URL query (`status` as a comma
 * list, `experiment`, `submittedBy`), so that a filtered view can be shared
 * by its link. Without an `experiment` key, the experiment filter is
 * `defaultExperimentName`; an empty `experiment=` means every experiment.
 *
 * @internal
 */
export function useJobFilters(defaultExperimentName?: string): JobFilters {
  const [searchParams, setSearchParams] = useSearchParams();

  const statusParam = searchParams.get(STATUS) ?? '';
  const experimentParam = searchParams.get(EXPERIMENT);
  const submittedByParam = searchParams.get(SUBMITTED_BY) ?? '';
  const sinceParam = searchParams.get(SINCE) ?? '';

  const filter = useMemo<AzureMlJobFilter>(() => {
    const status = statusParam
      .split(',')
      .filter((s): s is AzureMlJobStatus => knownStatuses.has(s));
    const experimentName = experimentParam ?? defaultExperimentName ?? '';
    return {
      ...(status.length ? { status } : {}),
      ...(experimentName ? { experimentName } : {}),
      ...(submittedByParam ? { submittedBy: submittedByParam } : {}),
    };
  }, [statusParam, experimentParam, submittedByParam, defaultExperimentName]);

  const setParam = useCallback(
    (key: string, value: string, keepEmpty = false) => {
      setSearchParams(
        previous => {
          const next = new URLSearchParams(previous);
          if (value || keepEmpty) {
            next.set(key, value);
          } else {
            next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return {
    filter,
    since: isJobTimeRange(sinceParam) ? sinceParam : undefined,
    setSince: useCallback(
      (since: JobTimeRange | undefined) => setParam(SINCE, since ?? ''),
      [setParam],
    ),
    setStatus: useCallback(
      (status: AzureMlJobStatus[]) => setParam(STATUS, status.join(',')),
      [setParam],
    ),
    setExperimentName: useCallback(
      (experimentName: string) =>
        // An empty value is kept when it overrides a default experiment.
        setParam(
          EXPERIMENT,
          experimentName.trim(),
          Boolean(defaultExperimentName),
        ),
      [setParam, defaultExperimentName],
    ),
    setSubmittedBy: useCallback(
      (submittedBy: string) => setParam(SUBMITTED_BY, submittedBy.trim()),
      [setParam],
    ),
  };
}
