/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useWorkspaceView } from './WorkspaceViewContext';
import type { WorkspaceLinks } from './workspaceLinks';

interface WorkspaceTab {
  label: string;
  path: (links: WorkspaceLinks) => string;
  /** Other views that belong to this tab, for example a job under "Jobs". */
  also?: (links: WorkspaceLinks) => string;
}

const tabs: WorkspaceTab[] = [
  { label: 'Jobs', path: l => l.jobs(), also: l => l.compare([]) },
  { label: 'Models', path: l => l.models() },
  { label: 'Endpoints', path: l => l.endpoints() },
  { label: 'Data', path: l => l.data() },
  { label: 'Compute', path: l => l.computes() },
];

function pathOnly(href: string): string {
  return href.split('?')[0];
}

function isUnder(pathname: string, href: string): boolean {
  const base = pathOnly(href);
  return pathname === base || pathname.startsWith(`${base}/`);
}

/**
 * The tabs of the views of one workspace, as links, so each view has its own
 * URL and the browser's back button works.
 *
 * @internal
 */
export function WorkspaceTabs() {
  const { links } = useWorkspaceView();
  const { pathname } = useLocation();
  const index = tabs.findIndex(
    tab =>
      isUnder(pathname, tab.path(links)) ||
      (tab.also && isUnder(pathname, tab.also(links))),
  );
  return (
    <Tabs
      value={index === -1 ? 0 : index}
      indicatorColor="primary"
      textColor="primary"
      variant="scrollable"
      aria-label="Azure ML views"
    >
      {tabs.map(tab => (
        <Tab
          key={tab.label}
          label={tab.label}
          component={RouterLink}
          to={tab.path(links)}
        />
      ))}
    </Tabs>
  );
}
