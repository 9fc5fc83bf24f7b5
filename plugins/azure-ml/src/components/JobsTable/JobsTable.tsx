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
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useJobFilters, useJobs } from '../../hooks';
import { JobFilterBar } from '../JobFilterBar';
import { jobColumns } from './jobColumns';

/**
 * Props of {@link JobsTable}.
 *
 * @internal
 */
export interface JobsTableProps {
  /** The workspace whose jobs are listed. */
  workspace: WorkspaceRef;
  /** The experiment to filter on when the URL names none. */
  defaultExperimentName?: string;
}

/** For a 403, the backend's own message, which names what is missing. */
function errorTitle(error: Error): string | undefined {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return error.body.error.message;
  }
  return undefined;
}

/**
 * The jobs of a workspace, newest first, with filters kept in the URL
 * query, a "Load more" button for the next page, and a live refresh while
 * any listed job is still running.
 *
 * @internal
 */
export function JobsTable(props: JobsTableProps) {
  const { workspace, defaultExperimentName } = props;
  const filters = useJobFilters(defaultExperimentName);
  const jobs = useJobs(workspace, filters.filter);

  let content;
  if (jobs.loading) {
    content = <Progress />;
  } else if (jobs.error && jobs.jobs.length === 0) {
    content = (
      <>
        <ResponseErrorPanel error={jobs.error} title={errorTitle(jobs.error)} />
        <Box mt={2}>
          <Button variant="outlined" onClick={jobs.retry}>
            Retry
          </Button>
        </Box>
      </>
    );
  } else {
    content = (
      <>
        {jobs.error && (
          <ResponseErrorPanel
            error={jobs.error}
            title={errorTitle(jobs.error)}
          />
        )}
        <Table
          title={`Jobs in ${workspace.workspaceName}`}
          columns={jobColumns(Date.now())}
          data={jobs.jobs}
          options={{ paging: false, search: false, padding: 'dense' }}
          emptyContent={
            <Box p={2}>
              <Typography align="center">
                No jobs match these filters
              </Typography>
            </Box>
          }
        />
        {jobs.hasMore && (
          <Box mt={2} display="flex" justifyContent="center">
            <Button
              variant="outlined"
              onClick={jobs.loadMore}
              disabled={jobs.loadingMore}
            >
              {jobs.loadingMore ? 'Loading…' : 'Load more'}
            </Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <>
      <Box mb={2}>
        <JobFilterBar filters={filters} />
      </Box>
      {content}
    </>
  );
}
