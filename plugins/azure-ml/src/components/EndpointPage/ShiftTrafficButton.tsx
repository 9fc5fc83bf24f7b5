/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  workspaceId,
  type AzureMlOnlineEndpoint,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useFeatureAccess } from '../../hooks/useFeatureAccess';
import { AccessDoctorLink, denialTarget } from '../AccessDoctorLink';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';

const BUSY_STATES = ['Creating', 'Updating', 'Deleting'];

/** Why the endpoint itself cannot take a traffic change now, if it cannot. */
function endpointBlocker(endpoint: AzureMlOnlineEndpoint): string | undefined {
  if (endpoint.deployments.length === 0) {
    return 'This endpoint has no deployments to send traffic to.';
  }
  if (BUSY_STATES.includes(endpoint.provisioningState)) {
    return `Azure is still working on this endpoint (provisioning state: ${endpoint.provisioningState}); try again once it is done.`;
  }
  return undefined;
}

/**
 * The "Shift traffic" button of an endpoint page. It stays disabled while
 * access is being checked, and when the user may not change the traffic, or
 * the endpoint cannot take a change now, with the reason as visible text
 * next to it.
 *
 * @internal
 */
export function ShiftTrafficButton(props: {
  endpoint: AzureMlOnlineEndpoint;
  onClick(): void;
}) {
  const { endpoint, onClick } = props;
  const { workspace } = useWorkspaceView();
  const access = useFeatureAccess(
    workspace,
    'endpoint.traffic.update',
    endpoint.name,
  );
  const reason = access.loading
    ? undefined
    : (!access.allowed &&
        (access.reason ??
          'You may not change the traffic of this endpoint.')) ||
      endpointBlocker(endpoint);
  const noteId = `shift-traffic-note-${endpoint.name}`;

  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={16}>
      <Button
        variant="contained"
        color="primary"
        onClick={onClick}
        disabled={access.loading || Boolean(reason)}
        aria-describedby={reason ? noteId : undefined}
      >
        Shift traffic
      </Button>
      {access.loading && (
        <Typography variant="body2" color="textSecondary">
          Checking whether you may change the traffic…
        </Typography>
      )}
      {reason && (
        <Typography
          id={noteId}
          role="note"
          variant="body2"
          color="textSecondary"
          style={{ flex: 1, minWidth: 240, overflowWrap: 'anywhere' }}
        >
          {reason}
        </Typography>
      )}
      {!access.loading && access.denial && (
        <AccessDoctorLink
          target={denialTarget(access.denial, workspaceId(workspace))}
        />
      )}
    </Box>
  );
}
