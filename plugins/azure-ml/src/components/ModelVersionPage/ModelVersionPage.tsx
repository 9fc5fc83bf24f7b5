/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Grid from '@material-ui/core/Grid';
import { Progress } from '@backstage/core-components';
import { useParams } from 'react-router-dom';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { BackLink } from '../shared';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { loadEndpoints } from './loadEndpoints';
import { ModelLineageCard } from './ModelLineageCard';
import { ModelVersionDetails } from './ModelVersionDetails';

/**
 * One model version (the `modelName` and `version` route parameters): its
 * metadata and its lineage, from the data its job trained on to the
 * endpoints that serve it.
 *
 * @internal
 */
export function ModelVersionPage() {
  const { modelName = '', version: versionName = '' } = useParams();
  const { workspace, links } = useWorkspaceView();
  const version = useAzureMlData(
    api => api.getModelVersion(workspace, modelName, versionName),
    [workspace, modelName, versionName],
  );
  // Independent of the version: loads while the version does.
  const endpoints = useAzureMlData(
    api => loadEndpoints(api, workspace),
    [workspace],
  );

  let content;
  if (version.status === 'failed') {
    content = (
      <AzureMlErrorPanel error={version.error} onRetry={version.reload} />
    );
  } else if (version.status === 'loading') {
    // Also while another version loads: the last one is not shown meanwhile.
    content = <Progress />;
  } else {
    content = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <ModelVersionDetails version={version.value} links={links} />
        </Grid>
        <Grid item xs={12}>
          <ModelLineageCard
            version={version.value}
            endpoints={endpoints}
            links={links}
          />
        </Grid>
      </Grid>
    );
  }

  return (
    <>
      <BackLink to={links.model(modelName)}>
        {`All versions of ${modelName}`}
      </BackLink>
      {content}
    </>
  );
}
