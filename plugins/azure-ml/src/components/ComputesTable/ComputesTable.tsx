/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TableColumn } from '@backstage/core-components';
import type { AzureMlCompute } from '@azure-ml-backstage/plugin-azure-ml-common';
import { PagedTable } from '../shared';
import { usePagedList } from '../../hooks/usePagedList';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { ComputeStateIndicator } from './ComputeStateIndicator';
import { formatComputeNodes } from './formatComputeNodes';

const noWrap = { whiteSpace: 'nowrap' } as const;

const computeColumns: TableColumn<AzureMlCompute>[] = [
  { title: 'Name', field: 'name', highlight: true },
  { title: 'Type', field: 'computeType', cellStyle: noWrap },
  {
    title: 'State',
    cellStyle: noWrap,
    render: compute => (
      <ComputeStateIndicator state={compute.provisioningState} />
    ),
  },
  { title: 'Size', field: 'vmSize' },
  {
    title: 'Nodes',
    cellStyle: noWrap,
    render: compute => formatComputeNodes(compute),
  },
  { title: 'Location', field: 'location' },
];

/**
 * The compute targets of the workspace in view: their state, size and
 * nodes, with a "Load more" button for the next page.
 *
 * @internal
 */
export function ComputesTable() {
  const { workspace } = useWorkspaceView();
  const computes = usePagedList(
    (api, request) => api.listComputes(workspace, request),
    [workspace],
  );
  return (
    <PagedTable
      title={`Compute in ${workspace.workspaceName}`}
      columns={computeColumns}
      list={computes}
      emptyMessage="No compute targets in this workspace"
    />
  );
}
