/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useState } from 'react';
import { useParams } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress, Table } from '@backstage/core-components';
import type { AzureMlOnlineEndpoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useEndpoint } from '../../hooks/useEndpoint';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { ProvisioningStateIndicator } from '../EndpointsTable';
import { BackLink, EmptyTableMessage } from '../shared';
import { TrafficSplitBar } from '../TrafficSplitBar';
import { TrafficDialog } from '../TrafficDialog';
import { deploymentColumns } from './deploymentColumns';
import { EndpointDetails } from './EndpointDetails';
import { ShiftTrafficButton } from './ShiftTrafficButton';

/** The endpoint applied by the dialog, until a newer read replaces it. */
interface AppliedEndpoint {
  endpoint: AzureMlOnlineEndpoint;
  over?: AzureMlOnlineEndpoint;
}

function EndpointView(props: {
  endpoint: AzureMlOnlineEndpoint;
  onApplied(endpoint: AzureMlOnlineEndpoint): void;
  onDialogClosed(): void;
}) {
  const { endpoint, onApplied, onDialogClosed } = props;
  const { links } = useWorkspaceView();
  const [dialogOpen, setDialogOpen] = useState(false);

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <EndpointDetails endpoint={endpoint} />
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="Traffic" titleTypographyProps={{ component: 'h3' }}>
          <TrafficSplitBar traffic={endpoint.traffic} />
          <Box mt={2}>
            <ShiftTrafficButton
              endpoint={endpoint}
              onClick={() => setDialogOpen(true)}
            />
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <Table
          title="Deployments"
          columns={deploymentColumns(links, endpoint.traffic)}
          data={endpoint.deployments.map(d => ({ ...d }))}
          options={{ paging: false, search: false, padding: 'dense' }}
          emptyContent={
            <EmptyTableMessage>
              This endpoint has no deployments
            </EmptyTableMessage>
          }
        />
      </Grid>
      <TrafficDialog
        endpoint={endpoint}
        open={dialogOpen}
        onApplied={onApplied}
        onClose={() => {
          setDialogOpen(false);
          onDialogClosed();
        }}
      />
    </Grid>
  );
}

/**
 * The page of one online endpoint (route parameter `endpointName`): its
 * facts, traffic split and deployments, and a "Shift traffic" button for
 * users who may change the split.
 *
 * @internal
 */
export function EndpointPage() {
  const { endpointName = '' } = useParams<{ endpointName: string }>();
  const { workspace, links } = useWorkspaceView();
  const loaded = useEndpoint(workspace, endpointName);
  const [applied, setApplied] = useState<AppliedEndpoint>();
  // The dialog's answer is the freshest, until the page reads the endpoint again.
  const endpoint =
    applied && applied.over === loaded.value ? applied.endpoint : loaded.value;

  let content;
  if (endpoint) {
    content = (
      <>
        {loaded.status === 'failed' && (
          <AzureMlErrorPanel error={loaded.error} />
        )}
        <EndpointView
          endpoint={endpoint}
          onApplied={fresh =>
            setApplied({ endpoint: fresh, over: loaded.value })
          }
          // Azure may have changed the endpoint even if the dialog did not
          // see the update through.
          onDialogClosed={loaded.reload}
        />
      </>
    );
  } else if (loaded.status === 'failed') {
    content = (
      <AzureMlErrorPanel error={loaded.error} onRetry={loaded.reload} />
    );
  } else {
    content = <Progress />;
  }

  return (
    <>
      <BackLink to={links.endpoints()}>Online endpoints</BackLink>
      <Box mb={2} display="flex" alignItems="center" gridGap={16}>
        <Typography variant="h5" component="h2">
          {endpointName}
        </Typography>
        {endpoint && (
          <ProvisioningStateIndicator state={endpoint.provisioningState} />
        )}
      </Box>
      {content}
    </>
  );
}
