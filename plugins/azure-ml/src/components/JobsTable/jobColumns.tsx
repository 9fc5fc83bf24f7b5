/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link, type TableColumn } from '@backstage/core-components';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { JobStatusIndicator } from '../JobStatusIndicator';
import { formatTimestamp, StudioLink } from '../shared';
import { formatJobCompute } from './formatJobCompute';
import { formatJobDuration } from './formatJobDuration';

/**
 * The columns of the jobs table.
 *
 * @internal
 */
export function jobColumns(
  now: number,
  links: WorkspaceLinks,
): TableColumn<AzureMlJob>[] {
  // Statuses, types and durations are single words: broken mid-word in a
  // narrow column they read badly.
  const noWrap = { whiteSpace: 'nowrap' } as const;
  return [
    {
      title: 'Status',
      field: 'status',
      cellStyle: noWrap,
      render: job => <JobStatusIndicator status={job.status} />,
    },
    { title: 'Type', field: 'jobType', cellStyle: noWrap },
    { title: 'Experiment', field: 'experimentName' },
    {
      title: 'Display name',
      field: 'displayName',
      highlight: true,
      render: job => <Link to={links.job(job.name)}>{job.displayName}</Link>,
    },
    { title: 'Compute', render: job => formatJobCompute(job) },
    { title: 'Submitted by', field: 'submittedBy' },
    { title: 'Started', render: job => formatTimestamp(job.startedAt) },
    {
      title: 'Duration',
      cellStyle: noWrap,
      render: job => formatJobDuration(job, now),
    },
    {
      title: 'Studio',
      cellStyle: noWrap,
      render: job => (
        <StudioLink url={job.studioUrl} what={job.displayName}>
          Open
        </StudioLink>
      ),
    },
  ];
}
