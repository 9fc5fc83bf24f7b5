/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Progress } from '@backstage/core-components';
import type {
  AzureMlAccessMap,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { LeastPrivilegeCard } from '../LeastPrivilegeCard';
import { AccessMapTable } from './AccessMapTable';
import { entityRefName } from './accessMapVocabulary';

function Summary(props: { map: AzureMlAccessMap }) {
  const { map } = props;
  return (
    <Box mb={2}>
      <Typography variant="body2">
        {map.owner
          ? `Owned by ${entityRefName(map.owner)} in the catalog (${
              map.entityRef
            }): its groups' project roles apply here.`
          : 'The catalog has no owner for this workspace: only roles assigned everywhere apply here.'}
        {map.defaultRole
          ? ` Every signed-in user is at least ${map.defaultRole}.`
          : ''}
      </Typography>
    </Box>
  );
}

/**
 * The access map of one workspace: loads it as the signed-in user and shows
 * it as a table, with a warning when project roles are not configured or
 * Azure would not list the role assignments.
 *
 * @internal
 */
export function AccessMapView(props: { workspace: WorkspaceRef }) {
  const { workspace } = props;
  const map = useAzureMlData(
    api => api.getAccessMap(workspace),
    [
      workspace.subscriptionId,
      workspace.resourceGroup,
      workspace.workspaceName,
    ],
  );
  if (map.status === 'failed') {
    return <AzureMlErrorPanel error={map.error} onRetry={map.reload} />;
  }
  if (map.status === 'loading' || !map.value) return <Progress />;
  const value = map.value;
  return (
    <>
      <Summary map={value} />
      {!value.projectRolesConfigured && (
        <Box mb={2}>
          <Alert severity="info">
            No project roles are configured (azureMl.projectRoles), so the map
            shows the Azure side only: every Azure write is more than a project
            role needs.
          </Alert>
        </Box>
      )}
      {value.azure.status === 'refused' && (
        <Box mb={2}>
          <Alert severity="warning">
            <AlertTitle>
              Azure would not list this workspace's role assignments to you
            </AlertTitle>
            {value.azure.message}
          </Alert>
        </Box>
      )}
      {value.principals.length === 0 ? (
        <Typography>
          Nobody holds a project role or an Azure role assignment here.
        </Typography>
      ) : (
        <AccessMapTable map={value} workspaceName={workspace.workspaceName} />
      )}
      <Box mt={3}>
        <LeastPrivilegeCard workspaceId={value.workspaceId} />
      </Box>
    </>
  );
}
