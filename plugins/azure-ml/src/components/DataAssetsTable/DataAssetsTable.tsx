/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TableColumn } from '@backstage/core-components';
import type { AzureMlDataAsset } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  AssetUri,
  formatTimestamp,
  PagedTable,
  StudioLink,
  TagChips,
} from '../shared';
import { usePagedList } from '../../hooks/usePagedList';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';

// The search box filters by name only: the other columns are not searched.
const dataAssetColumns: TableColumn<AzureMlDataAsset>[] = [
  { title: 'Name', field: 'name', highlight: true },
  {
    title: 'Version',
    field: 'version',
    searchable: false,
    cellStyle: { whiteSpace: 'nowrap' },
  },
  {
    title: 'Type',
    field: 'dataType',
    searchable: false,
    cellStyle: { whiteSpace: 'nowrap' },
  },
  {
    title: 'URI',
    searchable: false,
    render: asset => <AssetUri uri={asset.dataUri} />,
  },
  {
    title: 'Created',
    searchable: false,
    render: asset => formatTimestamp(asset.createdAt),
  },
  {
    title: 'Tags',
    searchable: false,
    render: asset => <TagChips tags={asset.tags} />,
  },
  {
    title: 'Studio',
    searchable: false,
    render: asset => (
      <StudioLink
        url={asset.studioUrl}
        what={`${asset.name} version ${asset.version}`}
      />
    ),
  },
];

/**
 * The data asset versions of the workspace in view, with a search by name
 * and a "Load more" button for the next page.
 *
 * @internal
 */
export function DataAssetsTable() {
  const { workspace } = useWorkspaceView();
  const assets = usePagedList(
    (api, request) => api.listDataAssets(workspace, request),
    [workspace],
  );
  return (
    <PagedTable
      title={`Data assets in ${workspace.workspaceName}`}
      columns={dataAssetColumns}
      list={assets}
      emptyMessage="No data assets are registered in this workspace"
      search
    />
  );
}
