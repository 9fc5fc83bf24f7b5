/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactElement } from 'react';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../../../api';
import { WorkspaceViewProvider } from '../../WorkspaceView/WorkspaceViewContext';

/** The workspace the views under test show. */
export const workspace: WorkspaceRef = {
  subscriptionId: '55555555-0000-4000-8000-000000000001',
  resourceGroup: 'rg-vision',
  workspaceName: 'mlw-vision',
};

/** The workspace's ARM id. */
export const WS_ID =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

/** The path of the "Azure ML" tab the views' links start from. */
export const TAB = '/azure-ml-tab';

/**
 * Renders a workspace view inside the tab, at `url`, matched against the
 * route `path` so that `useParams` sees its parameters; only the API
 * methods given exist.
 */
export function renderWorkspaceView(
  element: ReactElement,
  api: Partial<AzureMlApi>,
  options: { path?: string; url?: string } = {},
) {
  const { path = `${TAB}/view`, url = `${TAB}/view` } = options;
  return renderInTestApp(
    <WorkspaceViewProvider workspace={workspace} basePath={TAB}>
      <Routes>
        <Route path={path} element={element} />
      </Routes>
    </WorkspaceViewProvider>,
    {
      apis: [[azureMlApiRef, api as AzureMlApi]],
      initialRouteEntries: [url],
    },
  );
}

/** The text of each cell of each body row of the only table. */
export function rowTexts(): string[][] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent ?? ''),
    );
}

/** A 403 as the backend answers it, with its message naming what is missing. */
export async function forbidden(message: string): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message },
        request: { method: 'GET', url: '/api/azure-ml/workspaces/x' },
        response: { statusCode: 403 },
      }),
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}

/** Waits long enough for the test app to start. */
export const APP_START = { timeout: 10_000 };
