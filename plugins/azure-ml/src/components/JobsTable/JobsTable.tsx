/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import CompareArrowsIcon from '@material-ui/icons/CompareArrows';
import { Progress, Table } from '@backstage/core-components';
import type {
  AzureMlJob,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useNavigate } from 'react-router-dom';
import { jobsWithinTimeRange, useJobFilters, useJobs } from '../../hooks';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { JobFilterBar } from '../JobFilterBar';
import { EmptyTableMessage, LoadMoreButton } from '../shared';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
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

/**
 * The jobs of a workspace, newest first, with filters kept in the URL
 * query, a "Load more" button for the next page, and a live refresh while
 * any listed job is still running. Selected jobs can be compared.
 *
 * @internal
 */
export function JobsTable(props: JobsTableProps) {
  const { workspace, defaultExperimentName } = props;
  const filters = useJobFilters(defaultExperimentName);
  const jobs = useJobs(workspace, filters.filter);
  const { links } = useWorkspaceView();
  const navigate = useNavigate();
  const listed = jobsWithinTimeRange(
    jobs.items,
    jobs.hasMore,
    filters.since,
    Date.now(),
  );

  let content;
  if (jobs.loading) {
    content = <Progress />;
  } else if (jobs.error && jobs.items.length === 0) {
    content = <AzureMlErrorPanel error={jobs.error} onRetry={jobs.retry} />;
  } else {
    content = (
      <>
        {jobs.error && <AzureMlErrorPanel error={jobs.error} />}
        <Table
          title={`Jobs in ${workspace.workspaceName}`}
          columns={jobColumns(Date.now(), links)}
          // Rows keep their selection across refreshes by their `id`.
          data={listed.jobs}
          options={{
            paging: false,
            search: false,
            padding: 'dense',
            selection: true,
            showTextRowsSelected: true,
          }}
          actions={[
            {
              icon: () => <CompareArrowsIcon />,
              tooltip: 'Compare the selected runs',
              position: 'toolbarOnSelect',
              onClick: (_event, selected) =>
                navigate(
                  links.compare(
                    (selected as AzureMlJob[]).map(job => job.name),
                  ),
                ),
            },
          ]}
          emptyContent={
            <EmptyTableMessage>No jobs match these filters</EmptyTableMessage>
          }
        />
        {listed.hasMore && (
          <LoadMoreButton loading={jobs.loadingMore} onClick={jobs.loadMore} />
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
