/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Typography from '@material-ui/core/Typography';
import { Link, Progress } from '@backstage/core-components';
import type { AzureMlModelVersion } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlDataState } from '../../hooks/useAzureMlData';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { LineageStage } from './LineageStage';
import { useLineageStyles } from './lineageStyles';
import type { LoadedEndpoints } from './loadEndpoints';
import { servingDeployments } from './servesModelVersion';

function EndpointsContent(props: {
  endpoints: AzureMlDataState<LoadedEndpoints>;
  version: AzureMlModelVersion;
  links: WorkspaceLinks;
}) {
  const { endpoints, version, links } = props;
  const classes = useLineageStyles();
  if (endpoints.status === 'loading') {
    return <Progress />;
  }
  if (endpoints.status === 'failed') {
    return (
      <Typography variant="body2">
        Could not check which endpoints serve this version
      </Typography>
    );
  }
  const serving = servingDeployments(endpoints.value.endpoints, version);
  if (serving.length === 0) {
    return (
      <Typography variant="body2">No endpoint serves this version</Typography>
    );
  }
  return (
    <ul className={classes.items}>
      {serving.map(s => (
        <li
          key={`${s.endpointName}/${s.deploymentName}`}
          className={classes.item}
        >
          <Link to={links.endpoint(s.endpointName)}>{s.endpointName}</Link>
          <Typography
            variant="caption"
            component="span"
            className={classes.detail}
          >
            Deployment {s.deploymentName}: {s.trafficPercent}% of traffic
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/**
 * The last step of the lineage: the online endpoints with a deployment that
 * serves the model version, and the share of traffic each gets.
 *
 * @internal
 */
export function ServingEndpointsStage(props: {
  endpoints: AzureMlDataState<LoadedEndpoints>;
  version: AzureMlModelVersion;
  links: WorkspaceLinks;
}) {
  return (
    <LineageStage title="Served by">
      <EndpointsContent {...props} />
    </LineageStage>
  );
}
