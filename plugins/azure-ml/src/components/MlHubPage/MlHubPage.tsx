/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  Content,
  ContentHeader,
  Link,
  Progress,
  Table,
  WarningPanel,
  type TableColumn,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  AzureMlWorkspace,
  UnavailableSubscription,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { IdentityCard } from '../IdentityCard';
import { EmptyTableMessage, StudioLink } from '../shared';
import { useWorkspaceEntities } from './useWorkspaceEntities';
import { WorkspaceSummaryCells } from './WorkspaceSummaryCells';

function UnavailableSubscriptions(props: {
  unavailable: UnavailableSubscription[];
}) {
  if (props.unavailable.length === 0) return null;
  return (
    <Box mb={2}>
      <WarningPanel
        title={`${props.unavailable.length} subscription(s) could not be listed`}
      >
        {props.unavailable.map(sub => (
          <Typography key={sub.subscriptionId} variant="body2">
            Subscription {sub.subscriptionId} (tenant {sub.tenantId}):{' '}
            {sub.message}
          </Typography>
        ))}
      </WarningPanel>
    </Box>
  );
}

/**
 * The catalog's entity page route, or undefined in an app that mounts no
 * entity page; the hub then lists workspaces without catalog links.
 */
function useEntityRoute() {
  try {
    return useRouteRef(entityRouteRef);
  } catch {
    return undefined;
  }
}

function useColumns(
  workspaces: AzureMlWorkspace[],
): TableColumn<AzureMlWorkspace>[] {
  const entities = useWorkspaceEntities(workspaces.map(ws => ws.id));
  const entityRoute = useEntityRoute();
  const tabOf = (ws: AzureMlWorkspace) => {
    const entity = entities.get(ws.id.toLowerCase());
    return entity && entityRoute
      ? `${entityRoute(entity)}/azure-ml`
      : undefined;
  };
  return [
    {
      title: 'Workspace',
      field: 'displayName',
      highlight: true,
      render: ws => {
        const tab = tabOf(ws);
        return (
          <>
            {tab ? <Link to={tab}>{ws.displayName}</Link> : ws.displayName}
            <Typography variant="caption" display="block" color="textSecondary">
              {ws.name}
              {tab ? '' : ' · not in the catalog'}
            </Typography>
          </>
        );
      },
    },
    { title: 'Name', field: 'name', hidden: true, searchable: true },
    { title: 'Resource group', field: 'resourceGroup' },
    {
      title: 'Subscription',
      field: 'subscriptionId',
      hidden: true,
      searchable: true,
    },
    { title: 'Tenant', field: 'tenantId', hidden: true, searchable: true },
    { title: 'Location', field: 'location' },
    {
      title: 'Jobs and endpoints',
      sorting: false,
      render: ws => (
        <WorkspaceSummaryCells
          workspace={{
            subscriptionId: ws.subscriptionId,
            resourceGroup: ws.resourceGroup,
            workspaceName: ws.name,
          }}
        />
      ),
    },
    {
      title: 'Studio',
      sorting: false,
      render: ws => (
        <StudioLink url={ws.studioUrl} what={ws.displayName}>
          Open
        </StudioLink>
      ),
    },
  ];
}

function WorkspacesTable(props: { workspaces: AzureMlWorkspace[] }) {
  const columns = useColumns(props.workspaces);
  return (
    <Table
      title="Workspaces"
      columns={columns}
      data={props.workspaces}
      options={{ paging: false, search: true, padding: 'dense' }}
      emptyContent={
        <EmptyTableMessage>
          You can see no Azure Machine Learning workspace in the configured
          subscriptions.
        </EmptyTableMessage>
      }
    />
  );
}

/**
 * The ML hub: every workspace the user can see across the configured
 * tenants and subscriptions, with running, failed and recent jobs and
 * endpoint health, searchable, linked into the catalog; and the user's
 * Azure identity.
 *
 * @internal
 */
export function MlHubPage() {
  const list = useAzureMlData(api => api.listWorkspaces(), []);
  let workspaces;
  if (list.status === 'failed') {
    workspaces = <AzureMlErrorPanel error={list.error} onRetry={list.reload} />;
  } else if (!list.value) {
    workspaces = <Progress />;
  } else {
    workspaces = (
      <>
        <UnavailableSubscriptions unavailable={list.value.unavailable} />
        <WorkspacesTable workspaces={list.value.items} />
      </>
    );
  }
  return (
    <Content>
      <ContentHeader title="Machine learning hub" />
      <Grid container spacing={3}>
        <Grid item xs={12}>
          {workspaces}
        </Grid>
        <Grid item xs={12} md={8} lg={6}>
          <IdentityCard />
        </Grid>
      </Grid>
    </Content>
  );
}
