/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactElement } from 'react';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { RouteRef } from '@backstage/frontend-plugin-api';
import { azureMlApiRef, type AzureMlApi } from '../api';
import { WorkspaceViewProvider } from '../components/WorkspaceView/WorkspaceViewContext';
import { TAB, workspace } from './fixtures';

/** Where a view under test is rendered. */
export interface WorkspaceViewOptions {
  /** The route the view is matched against, for `useParams`. */
  path?: string;
  /** The URL the app starts at. */
  url?: string;
  /** Route refs mounted in the test app, for `useRouteRef`. */
  mountedRoutes?: { [path: string]: RouteRef };
}

/**
 * Renders a workspace view inside the tab, at `url`, matched against the
 * route `path` so that `useParams` sees its parameters; only the API
 * methods given exist.
 */
export function renderWorkspaceView(
  element: ReactElement,
  api: Partial<AzureMlApi>,
  options: WorkspaceViewOptions = {},
) {
  const { path = `${TAB}/view`, url = `${TAB}/view`, mountedRoutes } = options;
  return renderInTestApp(
    <WorkspaceViewProvider workspace={workspace} basePath={TAB}>
      <Routes>
        <Route path={path} element={element} />
      </Routes>
    </WorkspaceViewProvider>,
    {
      apis: [[azureMlApiRef, api as AzureMlApi]],
      initialRouteEntries: [url],
      mountedRoutes,
    },
  );
}

/**
 * Renders a workspace view whose API has the one method `method`, a Jest
 * mock running `fake`; returns the mock.
 */
export function renderWithFakeMethod<K extends keyof AzureMlApi>(
  element: ReactElement,
  method: K,
  fake: AzureMlApi[K],
  options?: WorkspaceViewOptions,
): jest.MockedFunction<AzureMlApi[K]> {
  // Typed by the caller's `method`; TypeScript cannot follow `K` into Jest.
  const mock = jest.fn(fake as unknown as (...args: unknown[]) => unknown);
  renderWorkspaceView(
    element,
    { [method]: mock } as Partial<AzureMlApi>,
    options,
  );
  return mock as unknown as jest.MockedFunction<AzureMlApi[K]>;
}

/** The text of each cell of each body row of `table`, or of the only table. */
export function rowTexts(table?: HTMLElement): string[][] {
  const rows = table
    ? within(table).getAllByRole('row')
    : screen.getAllByRole('row');
  return rows.slice(1).map(row =>
    within(row)
      .getAllByRole('cell')
      .map(cell => cell.textContent ?? ''),
  );
}
