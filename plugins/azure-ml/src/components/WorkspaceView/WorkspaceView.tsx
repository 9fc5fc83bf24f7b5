/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import {
  Navigate,
  Route,
  Routes,
  useLocation,
  useResolvedPath,
} from 'react-router-dom';
import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import { ComparePage } from '../ComparePage';
import { ComputesTable } from '../ComputesTable';
import { DataAssetsTable } from '../DataAssetsTable';
import { EndpointPage } from '../EndpointPage';
import { EndpointsTable } from '../EndpointsTable';
import { JobPage } from '../JobPage';
import { JobsTable } from '../JobsTable';
import { ModelPage } from '../ModelPage';
import { ModelsTable } from '../ModelsTable';
import { ModelVersionPage } from '../ModelVersionPage';
import { WorkspaceTabs } from './WorkspaceTabs';
import { WorkspaceViewProvider } from './WorkspaceViewContext';

/** Redirects to a view, keeping the query, so a shared filtered link still filters. */
function RedirectTo(props: { view: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: props.view, search }} replace />;
}

/**
 * Props of {@link WorkspaceView}.
 *
 * @internal
 */
export interface WorkspaceViewProps {
  workspace: WorkspaceRef;
  /** The experiment the jobs list is filtered to when the URL names none. */
  defaultExperimentName?: string;
  /** The view shown at the tab's root; the jobs list by default. */
  home?: string;
}

/**
 * Every view of one workspace inside the "Azure ML" tab, each at its own
 * path under the tab: jobs, a job, compare, models, a model and its
 * versions, endpoints, an endpoint, data and compute.
 *
 * @internal
 */
export function WorkspaceView(props: WorkspaceViewProps) {
  const { workspace, defaultExperimentName, home = 'jobs' } = props;
  const basePath = useResolvedPath('.').pathname;
  return (
    <WorkspaceViewProvider workspace={workspace} basePath={basePath}>
      <Box mb={2}>
        <WorkspaceTabs />
      </Box>
      <Routes>
        <Route path="" element={<RedirectTo view={home} />} />
        <Route
          path="jobs"
          element={
            <JobsTable
              workspace={workspace}
              defaultExperimentName={defaultExperimentName}
            />
          }
        />
        <Route path="jobs/:jobName" element={<JobPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="models" element={<ModelsTable />} />
        <Route path="models/:modelName" element={<ModelPage />} />
        <Route
          path="models/:modelName/versions/:version"
          element={<ModelVersionPage />}
        />
        <Route path="endpoints" element={<EndpointsTable />} />
        <Route path="endpoints/:endpointName" element={<EndpointPage />} />
        <Route path="data" element={<DataAssetsTable />} />
        <Route path="computes" element={<ComputesTable />} />
        <Route path="*" element={<RedirectTo view="jobs" />} />
      </Routes>
    </WorkspaceViewProvider>
  );
}
