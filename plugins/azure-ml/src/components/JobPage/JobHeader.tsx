/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { CancelJobButton } from '../CancelJobButton';
import { JobStatusIndicator } from '../JobStatusIndicator';
import { formatJobCompute } from '../JobsTable/formatJobCompute';
import { formatJobDuration } from '../JobsTable/formatJobDuration';
import { BackLink, formatTimestamp, StudioLink } from '../shared';

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
    ['Created', formatTimestamp(job.createdAt) || '—'],
    ['Started', formatTimestamp(job.startedAt) || '—'],
    ['Duration', formatJobDuration(job, now) || '—'],
  ];
  return (
    <Box mb={3}>
      <BackLink to={jobsLink}>Back to jobs</BackLink>
      <div className={classes.top}>
        <div className={classes.name}>
          <Typography variant="h5" component="h2" className={classes.title}>
            {job.displayName}
          </Typography>
          <JobStatusIndicator status={job.status} />
        </div>
        <div className={classes.actions}>
          <StudioLink url={job.studioUrl} />
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
