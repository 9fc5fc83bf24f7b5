/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link, type TableColumn } from '@backstage/core-components';
import type { AzureMlModelContainer } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { PagedTable, StudioLink, TagChips } from '../shared';
import { usePagedList } from '../../hooks/usePagedList';

function modelColumns(
  links: WorkspaceLinks,
): TableColumn<AzureMlModelContainer>[] {
  return [
    {
      title: 'Name',
      field: 'name',
      highlight: true,
      render: model => <Link to={links.model(model.name)}>{model.name}</Link>,
    },
    { title: 'Description', field: 'description' },
    {
      title: 'Latest version',
      field: 'latestVersion',
      searchable: false,
      render: model =>
        model.latestVersion ? (
          <Link to={links.modelVersion(model.name, model.latestVersion)}>
            {model.latestVersion}
          </Link>
        ) : (
          'none'
        ),
    },
    {
      title: 'Tags',
      searchable: false,
      render: model => <TagChips tags={model.tags} />,
    },
    {
      title: 'Studio',
      searchable: false,
      render: model => <StudioLink url={model.studioUrl} what={model.name} />,
    },
  ];
}

/**
 * The registered models of the workspace in view, each linking to its
 * versions, with a "Load more" button for the next page.
 *
 * @internal
 */
export function ModelsTable() {
  const { workspace, links } = useWorkspaceView();
  const models = usePagedList(
    (api, request) => api.listModels(workspace, request),
    [workspace],
  );
  return (
    <PagedTable
      title={`Models in ${workspace.workspaceName}`}
      columns={modelColumns(links)}
      list={models}
      emptyMessage="No models are registered in this workspace"
      search
    />
  );
}
