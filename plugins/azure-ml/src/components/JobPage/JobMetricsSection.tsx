/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard, Progress } from '@backstage/core-components';
import type { AzureMlJobMetrics } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlDataState } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel/AzureMlErrorPanel';
import {
  MetricChart,
  MetricChartControls,
  useMetricChartSettings,
} from '../MetricChart';
import { RefreshFailedWarning } from '../shared';

const useStyles = makeStyles(theme => ({
  grid: {
    display: 'grid',
    gap: theme.spacing(2),
    gridTemplateColumns: 'minmax(0, 1fr)',
    marginTop: theme.spacing(2),
    '@media (min-width: 1200px)': {
      gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    },
  },
  chart: {
    padding: theme.spacing(1.5, 2),
    minWidth: 0,
  },
}));

/**
 * The "Metrics" section of the job page: the shared x-axis and smoothing
 * controls over one chart per logged metric, two columns on wide screens.
 *
 * @internal
 */
export function JobMetricsSection(props: {
  metrics: AzureMlDataState<AzureMlJobMetrics> & { reload: () => void };
  /** The name each chart's line goes by: the job's display name. */
  runLabel: string;
}) {
  const { metrics, runLabel } = props;
  const classes = useStyles();
  const settings = useMetricChartSettings();

  let content;
  if (!metrics.value) {
    content =
      metrics.status === 'failed' ? (
        <AzureMlErrorPanel error={metrics.error} onRetry={metrics.reload} />
      ) : (
        <Progress />
      );
  } else if (metrics.value.series.length === 0) {
    content = (
      <Typography variant="body2">
        This job has logged no metrics yet
      </Typography>
    );
  } else {
    content = (
      <>
        {metrics.status === 'failed' && (
          <RefreshFailedWarning
            title="The metrics could not be refreshed; showing the last values loaded"
            error={metrics.error}
          />
        )}
        <MetricChartControls settings={settings} />
        <div className={classes.grid}>
          {metrics.value.series.map(series => (
            <Paper
              key={series.key}
              variant="outlined"
              className={classes.chart}
            >
              <MetricChart
                series={[{ label: runLabel, series }]}
                xAxis={settings.xAxis}
                smoothing={settings.smoothing}
                title={series.key}
                titleComponent="h4"
                testId={`metric-chart-${series.key}`}
              />
            </Paper>
          ))}
        </div>
      </>
    );
  }

  return (
    <section data-testid="job-metrics" aria-label="Metrics">
      <InfoCard title="Metrics" titleTypographyProps={{ component: 'h3' }}>
        {content}
      </InfoCard>
    </section>
  );
}
