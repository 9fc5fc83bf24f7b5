/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import { Progress, Table, type TableColumn } from '@backstage/core-components';
import type { PagedListState } from '../../hooks/usePagedList';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { EmptyTableMessage } from './EmptyTableMessage';
import { LoadMoreButton } from './LoadMoreButton';

/**
 * Props of {@link PagedTable}.
 *
 * @internal
 */
export interface PagedTableProps<T extends object> {
  /** The table's title. */
  title: string;
  /** The table's columns. */
  columns: TableColumn<T>[];
  /** The list, as {@link usePagedList} loads it. */
  list: PagedListState<T>;
  /** What the table says when the list is empty. */
  emptyMessage: string;
  /** Whether to offer the table's search box over the loaded rows. */
  search?: boolean;
}

/**
 * A table of a list loaded page by page: a progress bar until the first page
 * is in, the error (a 403's message as its title) with a retry when nothing
 * could be loaded, and a "Load more" button while there is a next page.
 *
 * @internal
 */
export function PagedTable<T extends object>(props: PagedTableProps<T>) {
  const { title, columns, list, emptyMessage, search = false } = props;

  if (list.loading) {
    return <Progress />;
  }
  if (list.error && list.items.length === 0) {
    return <AzureMlErrorPanel error={list.error} onRetry={list.retry} />;
  }
  return (
    <>
      {list.error && (
        <Box mb={2}>
          <AzureMlErrorPanel error={list.error} />
        </Box>
      )}
      <Table<T>
        title={title}
        columns={columns}
        data={list.items}
        options={{ paging: false, search, padding: 'dense' }}
        emptyContent={<EmptyTableMessage>{emptyMessage}</EmptyTableMessage>}
      />
      {list.hasMore && (
        <LoadMoreButton loading={list.loadingMore} onClick={list.loadMore} />
      )}
    </>
  );
}
