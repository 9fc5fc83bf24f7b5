/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link, type TableColumn } from '@backstage/core-components';
import { useParams } from 'react-router-dom';
import type { AzureMlModelVersion } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  AssetUri,
  BackLink,
  formatTimestamp,
  PagedTable,
  TagChips,
} from '../shared';
import { usePagedList } from '../../hooks/usePagedList';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';

function versionColumns(
  links: WorkspaceLinks,
): TableColumn<AzureMlModelVersion>[] {
  const noWrap = { whiteSpace: 'nowrap' } as const;
  return [
    {
      title: 'Version',
      field: 'version',
      highlight: true,
      cellStyle: noWrap,
      render: v => (
        <Link to={links.modelVersion(v.name, v.version)}>{v.version}</Link>
      ),
    },
    { title: 'Type', field: 'modelType', cellStyle: noWrap },
    { title: 'Created', render: v => formatTimestamp(v.createdAt) },
    {
      title: 'Produced by',
      render: v =>
        v.jobName ? <Link to={links.job(v.jobName)}>{v.jobName}</Link> : '',
    },
    { title: 'Tags', render: v => <TagChips tags={v.tags} /> },
    { title: 'URI', render: v => <AssetUri uri={v.modelUri} /> },
  ];
}

/**
 * The versions of one registered model (the `modelName` route parameter),
 * each linking to its page and to the job that produced it.
 *
 * @internal
 */
export function ModelPage() {
  const { modelName = '' } = useParams();
  const { workspace, links } = useWorkspaceView();
  const versions = usePagedList(
    (api, request) => api.listModelVersions(workspace, modelName, request),
    [workspace, modelName],
  );
  return (
    <>
      <BackLink to={links.models()}>All models</BackLink>
      <PagedTable
        title={`Versions of ${modelName}`}
        columns={versionColumns(links)}
        list={versions}
        emptyMessage="No versions of this model are registered"
      />
    </>
  );
}
