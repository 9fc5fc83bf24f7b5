/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { errorTitle } from './errorTitle';
import type { PagedListState } from './usePagedList';

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
    return (
      <>
        <ResponseErrorPanel error={list.error} title={errorTitle(list.error)} />
        <Box mt={2}>
          <Button variant="outlined" onClick={list.retry}>
            Retry
          </Button>
        </Box>
      </>
    );
  }
  return (
    <>
      {list.error && (
        <Box mb={2}>
          <ResponseErrorPanel
            error={list.error}
            title={errorTitle(list.error)}
          />
        </Box>
      )}
      <Table<T>
        title={title}
        columns={columns}
        data={list.items}
        options={{ paging: false, search, padding: 'dense' }}
        emptyContent={
          <Box p={2}>
            <Typography align="center">{emptyMessage}</Typography>
          </Box>
        }
      />
      {list.hasMore && (
        <Box mt={2} display="flex" justifyContent="center">
          <Button
            variant="outlined"
            onClick={list.loadMore}
            disabled={list.loadingMore}
          >
            {list.loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </>
  );
}
