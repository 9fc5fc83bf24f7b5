/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { endpointColumns } from './endpointColumns';
import { forbiddenMessage } from './forbiddenMessage';
import { useEndpointList } from './useEndpointList';

/**
 * The online endpoints of the workspace in view, with their state, traffic
 * split and scoring URI, each linking to its page; "Load more" gets the next
 * page.
 *
 * @internal
 */
export function EndpointsTable() {
  const { workspace, links } = useWorkspaceView();
  const list = useEndpointList(workspace);

  if (list.loading) {
    return <Progress />;
  }
  if (list.error && list.endpoints.length === 0) {
    return (
      <>
        <ResponseErrorPanel
          error={list.error}
          title={forbiddenMessage(list.error)}
        />
        <Box mt={2}>
          <Button variant="outlined" onClick={list.retry}>
            Retry
          </Button>
        </Box>
      </>
    );
  }
  return (
    <>
      {list.error && (
        <ResponseErrorPanel
          error={list.error}
          title={forbiddenMessage(list.error)}
        />
      )}
      <Table
        title={`Online endpoints in ${workspace.workspaceName}`}
        columns={endpointColumns(links)}
        data={list.endpoints}
        options={{ paging: false, search: false, padding: 'dense' }}
        emptyContent={
          <Box p={2}>
            <Typography align="center">
              This workspace has no online endpoints
            </Typography>
          </Box>
        }
      />
      {list.hasMore && (
        <Box mt={2} display="flex" justifyContent="center">
          <Button
            variant="outlined"
            onClick={list.loadMore}
            disabled={list.loadingMore}
          >
            {list.loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </>
  );
}
