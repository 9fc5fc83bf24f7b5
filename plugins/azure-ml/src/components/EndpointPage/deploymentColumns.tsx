/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link, type TableColumn } from '@backstage/core-components';
import type { AzureMlOnlineDeployment } from '@azure-ml-backstage/plugin-azure-ml-common';
import { parseAssetReference } from '../../entity/parseAssetReference';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { ProvisioningStateIndicator } from '../EndpointsTable';

function ModelCell(props: { model: string; links: WorkspaceLinks }) {
  const { model, links } = props;
  const asset = parseAssetReference(model, 'model');
  // A registry's model, or one named without a version, has no page here.
  if (!asset?.version || asset.registry) {
    return <span style={{ wordBreak: 'break-all' }}>{model}</span>;
  }
  return (
    <Link to={links.modelVersion(asset.name, asset.version)}>
      {`${asset.name}:${asset.version}`}
    </Link>
  );
}

/**
 * The columns of an endpoint's deployments table; `traffic` gives each
 * deployment's share.
 *
 * @internal
 */
export function deploymentColumns(
  links: WorkspaceLinks,
  traffic: Record<string, number>,
): TableColumn<AzureMlOnlineDeployment>[] {
  const noWrap = { whiteSpace: 'nowrap' } as const;
  return [
    { title: 'Name', field: 'name', highlight: true },
    {
      title: 'Model',
      field: 'model',
      render: deployment => (
        <ModelCell model={deployment.model} links={links} />
      ),
    },
    { title: 'Instance type', field: 'instanceType', cellStyle: noWrap },
    { title: 'Instances', field: 'instanceCount', type: 'numeric' },
    {
      title: 'State',
      field: 'provisioningState',
      cellStyle: noWrap,
      render: deployment => (
        <ProvisioningStateIndicator state={deployment.provisioningState} />
      ),
    },
    {
      title: 'Traffic',
      type: 'numeric',
      render: deployment => `${traffic[deployment.name] ?? 0}%`,
    },
  ];
}
