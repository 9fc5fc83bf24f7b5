/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Progress } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import type {
  AzureMlAuditEvent,
  AzureMlAuditFilter,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { usePagedList } from '../../hooks/usePagedList';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { LoadMoreButton } from '../shared';
import {
  AuditEventsTable,
  type AuditEventsTableProps,
} from './AuditEventsTable';

/** Events a page of the audit page holds. */
const PAGE_SIZE = 50;

function isForbidden(error: Error): boolean {
  return error instanceof ResponseError && error.statusCode === 403;
}

/** The error of a failed load, with what a 403 means for the audit log. */
function LoadError(props: { error: Error; onRetry?: () => void }) {
  return (
    <>
      {isForbidden(props.error) && (
        <Box mb={1}>
          <Typography>
            Reading the audit log needs the Backstage permission{' '}
            <code>azureMl.audit.read</code>; ask a Backstage administrator for
            it.
          </Typography>
        </Box>
      )}
      <AzureMlErrorPanel error={props.error} onRetry={props.onRetry} />
    </>
  );
}

/**
 * The audit events matching a filter, newest first, loaded 50 at a time
 * with "Load more".
 *
 * @internal
 */
export function AuditEventList(props: {
  filter: AzureMlAuditFilter;
  onFilter: AuditEventsTableProps['onFilter'];
}) {
  const { filter, onFilter } = props;
  const list = usePagedList<AzureMlAuditEvent>(
    (api, page) =>
      api.listAuditEvents({ ...filter, ...page, limit: PAGE_SIZE }),
    [filter],
  );

  if (list.loading) {
    return <Progress />;
  }
  if (list.error && list.items.length === 0) {
    return <LoadError error={list.error} onRetry={list.retry} />;
  }
  return (
    <>
      {list.error && (
        <Box mb={2}>
          <LoadError error={list.error} />
        </Box>
      )}
      <AuditEventsTable
        events={list.items}
        onFilter={onFilter}
        emptyMessage={
          Object.keys(filter).length > 0
            ? 'No audit events match these filters.'
            : 'The audit log has no events yet.'
        }
      />
      {list.hasMore && (
        <LoadMoreButton loading={list.loadingMore} onClick={list.loadMore} />
      )}
    </>
  );
}
