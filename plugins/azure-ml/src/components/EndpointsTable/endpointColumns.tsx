/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link, type TableColumn } from '@backstage/core-components';
import type { AzureMlOnlineEndpointSummary } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { StudioLink } from '../shared';
import { TrafficSplitBar } from '../TrafficSplitBar';
import { ProvisioningStateIndicator } from './ProvisioningStateIndicator';

/**
 * The columns of the online endpoints table.
 *
 * @internal
 */
export function endpointColumns(
  links: WorkspaceLinks,
): TableColumn<AzureMlOnlineEndpointSummary>[] {
  const noWrap = { whiteSpace: 'nowrap' } as const;
  return [
    {
      title: 'Name',
      field: 'name',
      highlight: true,
      render: endpoint => (
        <Link to={links.endpoint(endpoint.name)}>{endpoint.name}</Link>
      ),
    },
    {
      title: 'State',
      field: 'provisioningState',
      cellStyle: noWrap,
      render: endpoint => (
        <ProvisioningStateIndicator state={endpoint.provisioningState} />
      ),
    },
    { title: 'Auth mode', field: 'authMode', cellStyle: noWrap },
    {
      title: 'Traffic',
      cellStyle: { minWidth: 160 },
      render: endpoint => (
        <TrafficSplitBar compact traffic={endpoint.traffic} />
      ),
    },
    {
      title: 'Scoring URI',
      field: 'scoringUri',
      // A URI has no spaces to wrap at; without this it widens the table.
      cellStyle: { wordBreak: 'break-all' },
    },
    {
      title: 'Studio',
      cellStyle: noWrap,
      render: endpoint => (
        <StudioLink url={endpoint.studioUrl} what={endpoint.name}>
          Open in studio
        </StudioLink>
      ),
    },
  ];
}
