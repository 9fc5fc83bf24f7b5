/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Typography from '@material-ui/core/Typography';
import {
  StatusError,
  StatusOK,
  StatusRunning,
} from '@backstage/core-components';
import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { accessDeniedMessage } from '../AzureMlErrorPanel';
import {
  loadWorkspaceSummary,
  type BoundedCount,
} from './loadWorkspaceSummary';

function counted(count: BoundedCount): string {
  return `${count.count}${count.more ? '+' : ''}`;
}

function refusal(error: Error): string {
  if (accessDeniedMessage(error) !== undefined) {
    return 'No access to jobs or endpoints here';
  }
  return `Could not load: ${error.message}`;
}

/**
 * A workspace's job counts and endpoint health, loaded on their own so a
 * slow or refused workspace does not hold the others back.
 *
 * @internal
 */
export function WorkspaceSummaryCells(props: { workspace: WorkspaceRef }) {
  const { workspace } = props;
  const summary = useAzureMlData(
    api => loadWorkspaceSummary(api, workspace, Date.now()),
    [workspace],
  );
  if (summary.status === 'failed') {
    return (
      <Typography variant="body2" color="textSecondary">
        {refusal(summary.error)}
      </Typography>
    );
  }
  if (!summary.value) {
    return (
      <Typography variant="body2" color="textSecondary">
        Loading…
      </Typography>
    );
  }
  const { running, failedRecently, recent, endpoints } = summary.value;
  const endpointTotal = endpoints.healthy + endpoints.unhealthy;
  return (
    <Typography variant="body2" component="div" data-testid="workspace-summary">
      <div>
        <StatusRunning>{counted(running)} running or queued</StatusRunning>
      </div>
      <div>
        {failedRecently.count > 0 ? (
          <StatusError>{counted(failedRecently)} failed in 7 days</StatusError>
        ) : (
          <StatusOK>none failed in 7 days</StatusOK>
        )}
      </div>
      <div>{counted(recent)} jobs in 7 days</div>
      <div>
        {endpointTotal === 0 && 'No online endpoints'}
        {endpointTotal > 0 && endpoints.unhealthy === 0 && (
          <StatusOK>{endpointTotal} endpoints healthy</StatusOK>
        )}
        {endpoints.unhealthy > 0 && (
          <StatusError>
            {endpoints.unhealthy} of {endpointTotal}
            {endpoints.more ? '+' : ''} endpoints not healthy
          </StatusError>
        )}
      </div>
    </Typography>
  );
}
