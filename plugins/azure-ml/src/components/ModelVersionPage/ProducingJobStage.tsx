/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { JobStatusIndicator } from '../JobStatusIndicator';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { LineageStage } from './LineageStage';
import { useLineageStyles } from './lineageStyles';

/**
 * The second step of the lineage: the job that produced the model version,
 * with its status, linking to the job's page.
 *
 * @internal
 */
export function ProducingJobStage(props: {
  job: AzureMlJob;
  links: WorkspaceLinks;
}) {
  const { job, links } = props;
  const classes = useLineageStyles();
  return (
    <LineageStage title="Produced by">
      <Link to={links.job(job.name)}>{job.displayName}</Link>
      <Typography variant="caption" component="span" className={classes.detail}>
        {job.jobType} job {job.name} in {job.experimentName}
      </Typography>
      <Box mt={0.5}>
        <JobStatusIndicator status={job.status} />
      </Box>
    </LineageStage>
  );
}
