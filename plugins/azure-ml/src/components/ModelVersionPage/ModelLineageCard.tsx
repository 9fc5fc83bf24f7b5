/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ArrowForwardIcon from '@material-ui/icons/ArrowForward';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard, WarningPanel } from '@backstage/core-components';
import type { AzureMlModelVersionDetail } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlDataState } from '../../hooks/useAzureMlData';
import { accessDeniedMessage, AzureMlErrorPanel } from '../AzureMlErrorPanel';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { LineageStage } from './LineageStage';
import type { LoadedEndpoints } from './loadEndpoints';
import { ProducingJobStage } from './ProducingJobStage';
import { ServingEndpointsStage } from './ServingEndpointsStage';
import { ThisVersionStage } from './ThisVersionStage';
import { TrainingDataStage } from './TrainingDataStage';

const useStyles = makeStyles(theme => ({
  flow: {
    display: 'grid',
    gridTemplateColumns:
      'minmax(0, 1fr) auto minmax(0, 1fr) auto minmax(0, 1fr) auto minmax(0, 1fr)',
    gap: theme.spacing(1),
    [theme.breakpoints.down('sm')]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  arrow: {
    alignSelf: 'center',
    justifySelf: 'center',
    color: theme.palette.text.secondary,
    [theme.breakpoints.down('sm')]: {
      transform: 'rotate(90deg)',
    },
  },
  // Without a job, one stage takes the place of the data and the job.
  origin: {
    gridColumn: 'span 3',
    [theme.breakpoints.down('sm')]: {
      gridColumn: 'auto',
    },
  },
}));

function Arrow() {
  const classes = useStyles();
  return <ArrowForwardIcon className={classes.arrow} aria-hidden="true" />;
}

function Origin(props: {
  version: AzureMlModelVersionDetail;
  links: WorkspaceLinks;
}) {
  const { version, links } = props;
  const classes = useStyles();
  if (version.job) {
    return (
      <>
        <TrainingDataStage job={version.job} links={links} />
        <Arrow />
        <ProducingJobStage job={version.job} links={links} />
      </>
    );
  }
  return (
    <LineageStage title="Produced by" className={classes.origin}>
      <Typography variant="body2">
        {version.jobName
          ? `The job ${version.jobName} that produced this version is no longer in the workspace: its data is not known`
          : 'This version was registered without a job: no lineage recorded'}
      </Typography>
    </LineageStage>
  );
}

function EndpointProblems(props: {
  endpoints: AzureMlDataState<LoadedEndpoints>;
}) {
  const { endpoints } = props;
  if (endpoints.status === 'failed') {
    return (
      <Box mt={2}>
        <AzureMlErrorPanel error={endpoints.error} />
      </Box>
    );
  }
  const unreadable = endpoints.value?.unreadable ?? [];
  if (endpoints.status !== 'loaded' || unreadable.length === 0) {
    return null;
  }
  return (
    <Box mt={2}>
      <WarningPanel
        severity="warning"
        defaultExpanded
        title={`Could not check ${unreadable.length} endpoint${
          unreadable.length === 1 ? '' : 's'
        }; they may serve this version too`}
      >
        <ul>
          {unreadable.map(({ endpointName, error }) => (
            <li key={endpointName}>
              {endpointName}: {accessDeniedMessage(error) ?? error.message}
            </li>
          ))}
        </ul>
      </WarningPanel>
    </Box>
  );
}

/**
 * The lineage of a model version, left to right: the data its job trained
 * on, the job, the version itself, and the endpoints that serve it.
 *
 * @internal
 */
export function ModelLineageCard(props: {
  version: AzureMlModelVersionDetail;
  endpoints: AzureMlDataState<LoadedEndpoints>;
  links: WorkspaceLinks;
}) {
  const { version, endpoints, links } = props;
  const classes = useStyles();
  return (
    <section aria-label="Lineage" data-testid="model-lineage">
      <InfoCard
        title="Lineage"
        subheader="From the data the job trained on to the endpoints that serve this version"
        titleTypographyProps={{ component: 'h2' }}
      >
        <div className={classes.flow}>
          <Origin version={version} links={links} />
          <Arrow />
          <ThisVersionStage version={version} />
          <Arrow />
          <ServingEndpointsStage
            endpoints={endpoints}
            version={version}
            links={links}
          />
        </div>
        <EndpointProblems endpoints={endpoints} />
      </InfoCard>
    </section>
  );
}
