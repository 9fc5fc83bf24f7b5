/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { usePagedList } from '../../hooks/usePagedList';
import { PagedTable } from '../shared';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { endpointColumns } from './endpointColumns';

/**
 * The online endpoints of the workspace in view, with their state, traffic
 * split and scoring URI, each linking to its page; "Load more" gets the next
 * page.
 *
 * @internal
 */
export function EndpointsTable() {
  const { workspace, links } = useWorkspaceView();
  const endpoints = usePagedList(
    (api, request) => api.listEndpoints(workspace, request),
    [workspace],
  );
  return (
    <PagedTable
      title={`Online endpoints in ${workspace.workspaceName}`}
      columns={endpointColumns(links)}
      list={endpoints}
      emptyMessage="This workspace has no online endpoints"
    />
  );
}
