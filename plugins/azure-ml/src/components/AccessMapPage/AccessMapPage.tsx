/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Content, ContentHeader } from '@backstage/core-components';
import { readWorkspaceFromAddress, WorkspaceIdSelect } from '../shared';
import { AccessMapView } from './AccessMapView';

/**
 * The query key holding the workspace's ARM id.
 *
 * @internal
 */
export const ACCESS_MAP_WORKSPACE_PARAM = 'workspace';

/**
 * The access map, "who can do what where": for the workspace picked (its
 * ARM id in the `workspace` query parameter, so a map can be shared by its
 * link), each person and group with their project role, the portal
 * features it allows there, their Azure role assignments (inherited ones
 * marked) and where the two disagree, both ways.
 *
 * @internal
 */
export function AccessMapPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const workspaceId = searchParams.get(ACCESS_MAP_WORKSPACE_PARAM) ?? '';
  const { workspace, problem } = readWorkspaceFromAddress(workspaceId, 'shown');
  const choose = useCallback(
    (id: string) =>
      setSearchParams(
        previous => {
          const next = new URLSearchParams(previous);
          next.set(ACCESS_MAP_WORKSPACE_PARAM, id);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return (
    <Content>
      <ContentHeader title="Who can do what" />
      <Box mb={2}>
        <Typography variant="body2" color="textSecondary">
          Two locks guard every change: the Backstage project role (from the
          catalog groups it is assigned to) and Azure role-based access control.
          This map puts them side by side for one workspace and flags where
          Azure grants more than the project role needs, or less.
        </Typography>
      </Box>
      {problem && (
        <Box mb={2}>
          <Alert severity="warning">{problem}</Alert>
        </Box>
      )}
      <Box mb={3} maxWidth={640}>
        <WorkspaceIdSelect
          value={workspace ? workspaceId : ''}
          onChange={choose}
          helperText="Whose access map to show."
          emptyText="You can see no Azure Machine Learning workspace in the configured subscriptions, so there is no access map to show."
        />
      </Box>
      {workspace ? (
        <AccessMapView workspace={workspace.workspace} />
      ) : (
        <Typography>
          Choose a workspace to see who can do what there.
        </Typography>
      )}
    </Content>
  );
}
