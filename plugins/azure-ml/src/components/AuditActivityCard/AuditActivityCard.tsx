/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { auditRouteRef } from '../../routes';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { AuditOutcomeIndicator } from '../AuditPage/AuditOutcomeIndicator';
import { auditActionLabels, describeActor } from '../AuditPage/auditVocabulary';
import { AUDIT_QUERY_KEYS } from '../AuditPage/useAuditFilters';
import { formatTimestamp } from '../shared';
import { getActivityTarget } from './activityTarget';

/** How many events the card lists. */
const LAST_EVENTS = 10;

const title = 'Activity';

/** The audit page's path, or undefined in an app that does not mount it. */
function useAuditPagePath(): string | undefined {
  try {
    return useRouteRef(auditRouteRef)?.();
  } catch {
    return undefined;
  }
}

function ActivityItem(props: { event: AzureMlAuditEvent }) {
  const { event } = props;
  return (
    <ListItem disableGutters divider>
      <Box>
        <Typography variant="body2" component="div">
          {describeActor(event.actor)} ·{' '}
          {auditActionLabels[event.action] ?? event.action} ·{' '}
          <AuditOutcomeIndicator event={event} /> ·{' '}
          <time dateTime={event.time}>{formatTimestamp(event.time)}</time>
        </Typography>
        {event.message && (
          <Typography variant="caption" color="textSecondary">
            {event.message}
          </Typography>
        )}
      </Box>
    </ListItem>
  );
}

/**
 * The "Activity" card of a workspace, model or endpoint entity: the last 10
 * audit events on the entity's Azure resource or anything under it (for a
 * workspace, everything in it), each "who · what · outcome · when", with a
 * link to the audit page filtered to the resource.
 *
 * @internal
 */
export function AuditActivityCard() {
  const { entity } = useEntity();
  const target = getActivityTarget(entity);
  const auditPage = useAuditPagePath();
  const state = useAzureMlData(
    api =>
      target
        ? api.listAuditEvents({ targetResourceId: target, limit: LAST_EVENTS })
        : Promise.resolve({ items: [] }),
    [target],
  );

  let content;
  if (!target) {
    content = (
      <Typography>
        This entity has no Azure Machine Learning workspace, model or endpoint
        id in its ml.azure.com/resource-id annotation.
      </Typography>
    );
  } else if (state.status === 'failed') {
    content = <AzureMlErrorPanel error={state.error} onRetry={state.reload} />;
  } else if (!state.value) {
    content = <Progress />;
  } else if (state.value.items.length === 0) {
    content = <Typography>No activity recorded yet.</Typography>;
  } else {
    content = (
      <List dense disablePadding aria-label="Latest activity">
        {state.value.items.map(event => (
          <ActivityItem key={event.id} event={event} />
        ))}
      </List>
    );
  }

  const deepLink =
    target && auditPage
      ? {
          title: 'View in the audit log',
          link: `${auditPage}?${new URLSearchParams({
            [AUDIT_QUERY_KEYS.targetResourceId]: target,
          })}`,
        }
      : undefined;

  return (
    <section aria-label={title}>
      <InfoCard
        title={title}
        titleTypographyProps={{ component: 'h2' }}
        deepLink={deepLink}
      >
        {content}
      </InfoCard>
    </section>
  );
}
