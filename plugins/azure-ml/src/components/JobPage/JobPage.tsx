/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useState } from 'react';
import { useParams } from 'react-router-dom';
import Grid from '@material-ui/core/Grid';
import { Progress } from '@backstage/core-components';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useJobMetrics } from '../../hooks/useJobMetrics';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel/AzureMlErrorPanel';
import { BackLink, RefreshFailedWarning } from '../shared';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { JobHeader } from './JobHeader';
import { JobIoCard } from './JobIoCard';
import { jobInputLink, jobOutputLink } from './jobIoLinks';
import { JobMetricsSection } from './JobMetricsSection';
import { JobParametersCard } from './JobParametersCard';
import { JobTagsCard } from './JobTagsCard';
import { useJob } from './useJob';

/**
 * One job of the workspace, at `jobs/:jobName` inside the "Azure ML" tab:
 * its status, where and by whom it ran, parameters, tags, inputs and
 * outputs linked to their assets, its metric curves, and "Cancel job".
 * While the job runs, the page follows it every 5 seconds and its curves
 * grow.
 *
 * @internal
 */
export function JobPage() {
  const { workspace, links } = useWorkspaceView();
  const { jobName = '' } = useParams();
  const loaded = useJob(workspace, jobName);
  // The job as the cancel answered, until the next load replaces it.
  const [cancelled, setCancelled] = useState<{
    job: AzureMlJob;
    replaces: AzureMlJob | undefined;
  }>();
  const job =
    cancelled && cancelled.replaces === loaded.value
      ? cancelled.job
      : loaded.value;
  const metrics = useJobMetrics(workspace, jobName, job?.status);

  if (!job) {
    if (loaded.status === 'failed') {
      return (
        <>
          <BackLink to={links.jobs()}>Back to jobs</BackLink>
          <AzureMlErrorPanel error={loaded.error} onRetry={loaded.reload} />
        </>
      );
    }
    return <Progress />;
  }

  const onCancelled = (answer: AzureMlJob) => {
    setCancelled({ job: answer, replaces: loaded.value });
    loaded.reload();
  };

  return (
    <>
      <JobHeader
        job={job}
        jobsLink={links.jobs()}
        now={Date.now()}
        onCancelled={onCancelled}
      />
      {loaded.status === 'failed' && (
        <RefreshFailedWarning
          title="The job could not be refreshed; showing it as last loaded"
          error={loaded.error}
        />
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <JobParametersCard parameters={job.parameters} />
        </Grid>
        <Grid item xs={12} md={6}>
          <JobTagsCard tags={job.tags} />
        </Grid>
        <Grid item xs={12}>
          <JobIoCard
            title="Inputs"
            bindings={job.inputs}
            linkOf={input => jobInputLink(input, links)}
          />
        </Grid>
        <Grid item xs={12}>
          <JobIoCard
            title="Outputs"
            bindings={job.outputs}
            linkOf={output => jobOutputLink(output, links)}
          />
        </Grid>
        <Grid item xs={12}>
          <JobMetricsSection metrics={metrics} runLabel={job.displayName} />
        </Grid>
      </Grid>
    </>
  );
}
