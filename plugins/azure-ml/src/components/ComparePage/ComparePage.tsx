/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useSearchParams } from 'react-router-dom';
import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import {
  MetricChart,
  MetricChartControls,
  useMetricChartSettings,
} from '../MetricChart';
import { BackLink } from '../shared';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { ComparisonTable } from './ComparisonTable';
import { metricKeys, type ComparedRun } from './compareRuns';

/** More runs than this make overlaid curves unreadable. */
export const MAX_COMPARED_RUNS = 8;

function readJobNames(value: string | null): string[] {
  const names = (value ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

async function loadRuns(
  api: AzureMlApi,
  workspace: WorkspaceRef,
  jobNames: string[],
): Promise<ComparedRun[]> {
  return Promise.all(
    jobNames.map(async jobName => {
      const [job, metrics] = await Promise.all([
        api.getJob(workspace, jobName),
        api.getJobMetrics(workspace, jobName, { maxPoints: 1000 }),
      ]);
      return { job, metrics };
    }),
  );
}

function CompareCharts(props: { runs: ComparedRun[] }) {
  const { runs } = props;
  const settings = useMetricChartSettings();
  const keys = metricKeys(runs);
  if (keys.length === 0) {
    return <Typography>None of these runs has logged a metric.</Typography>;
  }
  return (
    <>
      <MetricChartControls settings={settings} />
      <Grid container spacing={2}>
        {keys.map(key => (
          <Grid item xs={12} lg={6} key={key}>
            <MetricChart
              title={key}
              xAxis={settings.xAxis}
              smoothing={settings.smoothing}
              series={runs.flatMap(run => {
                const series = run.metrics.series.find(s => s.key === key);
                return series ? [{ label: run.job.displayName, series }] : [];
              })}
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
}

/**
 * Compares the runs named in the URL (`?jobs=a,b`): their metric curves
 * overlaid, one chart per metric, and a table of their parameters and final
 * metrics with the differences highlighted.
 *
 * @internal
 */
export function ComparePage() {
  const { workspace, links } = useWorkspaceView();
  const [searchParams] = useSearchParams();
  const jobNames = readJobNames(searchParams.get('jobs'));
  const tooFew = jobNames.length < 2;
  const tooMany = jobNames.length > MAX_COMPARED_RUNS;
  const runs = useAzureMlData(
    api =>
      tooFew || tooMany
        ? Promise.resolve([])
        : loadRuns(api, workspace, jobNames),
    [workspace, jobNames],
  );

  const back = <BackLink to={links.jobs()}>Back to jobs</BackLink>;
  if (tooFew || tooMany) {
    return (
      <>
        {back}
        <WarningPanel
          title={tooFew ? 'Pick at least two runs' : 'Too many runs'}
          message={`Select between 2 and ${MAX_COMPARED_RUNS} jobs in the jobs table, then choose "Compare the selected runs".`}
        />
      </>
    );
  }
  if (runs.status === 'failed') {
    return (
      <>
        {back}
        <AzureMlErrorPanel error={runs.error} onRetry={runs.reload} />
      </>
    );
  }
  if (!runs.value) {
    return <Progress />;
  }
  return (
    <>
      {back}
      <Grid container spacing={2} data-testid="compare-runs">
        <Grid item xs={12}>
          <InfoCard title={`Comparing ${runs.value.length} runs`}>
            <ComparisonTable runs={runs.value} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title="Metrics">
            <CompareCharts runs={runs.value} />
          </InfoCard>
        </Grid>
      </Grid>
    </>
  );
}
