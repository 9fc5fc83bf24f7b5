/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createContext, useContext, type ReactNode } from 'react';
import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import { workspaceLinks, type WorkspaceLinks } from './workspaceLinks';

/**
 * The workspace a view inside the "Azure ML" tab shows, and the links to the
 * other views.
 *
 * @internal
 */
export interface WorkspaceViewValue {
  workspace: WorkspaceRef;
  links: WorkspaceLinks;
}

const WorkspaceViewContext = createContext<WorkspaceViewValue | undefined>(
  undefined,
);

/**
 * Provides the {@link WorkspaceViewValue} to the views under it.
 *
 * @internal
 */
export function WorkspaceViewProvider(props: {
  workspace: WorkspaceRef;
  basePath: string;
  children: ReactNode;
}) {
  const { workspace, basePath, children } = props;
  return (
    <WorkspaceViewContext.Provider
      value={{ workspace, links: workspaceLinks(basePath) }}
    >
      {children}
    </WorkspaceViewContext.Provider>
  );
}

/**
 * The {@link WorkspaceViewValue} of the view being rendered.
 *
 * @internal
 */
export function useWorkspaceView(): WorkspaceViewValue {
  const view = useContext(WorkspaceViewContext);
  if (!view) {
    throw new Error(
      'useWorkspaceView must be used inside a WorkspaceViewProvider',
    );
  }
  return view;
}
