/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { CancelJobButton } from '../CancelJobButton';
import { JobStatusIndicator } from '../JobStatusIndicator';
import { formatJobCompute } from '../JobsTable/formatJobCompute';
import { formatJobDuration } from '../JobsTable/formatJobDuration';

const useStyles = makeStyles(theme => ({
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
  },
  name: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(2),
    minWidth: 0,
  },
  title: {
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: theme.spacing(1.5, 3),
    margin: theme.spacing(2, 0, 0),
  },
  fact: {
    minWidth: 0,
    '& dd': {
      margin: 0,
      overflowWrap: 'anywhere',
    },
  },
}));

function formatTime(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}

/**
 * The top of the job page: back link, display name and status, where and
 * by whom the job ran, and the actions (open in studio, cancel).
 *
 * @internal
 */
export function JobHeader(props: {
  job: AzureMlJob;
  jobsLink: string;
  now: number;
  onCancelled(job: AzureMlJob): void;
}) {
  const { job, jobsLink, now, onCancelled } = props;
  const classes = useStyles();
  const facts: [string, string][] = [
    ['Job name', job.name],
    ['Experiment', job.experimentName],
    ['Type', job.jobType],
    ['Compute', formatJobCompute(job)],
    ['Submitted by', job.submittedBy],
    ['Created', formatTime(job.createdAt)],
    ['Started', formatTime(job.startedAt)],
    ['Duration', formatJobDuration(job, now) || '—'],
  ];
  return (
    <Box mb={3}>
      <Box mb={1}>
        <Link to={jobsLink}>Back to jobs</Link>
      </Box>
      <div className={classes.top}>
        <div className={classes.name}>
          <Typography variant="h5" component="h2" className={classes.title}>
            {job.displayName}
          </Typography>
          <JobStatusIndicator status={job.status} />
        </div>
        <div className={classes.actions}>
          <Link to={job.studioUrl} target="_blank" rel="noopener noreferrer">
            Open in ML Studio
          </Link>
          <CancelJobButton job={job} onCancelled={onCancelled} />
        </div>
      </div>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <div key={label} className={classes.fact}>
            <Typography variant="caption" color="textSecondary" component="dt">
              {label}
            </Typography>
            <Typography variant="body2" component="dd">
              {value}
            </Typography>
          </div>
        ))}
      </dl>
    </Box>
  );
}
