/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { ArmResource, DirectoryUser, SystemData } from '../state/model';
import { createdBy } from '../arm/ml/systemData';
import type { MlTheme } from './mlThemes';
import type { WorkspaceSpec } from './mlAssets';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** What each generator of one workspace's assets works from. */
export type DemoWorkspace = {
  state: EmulatorState;
  spec: WorkspaceSpec;
  theme: MlTheme;
  workspace: ArmResource;
  baseUrl: string;
  epochMs: number;
};

/**
 * The team member behind the `index`th generated item, taking turns. A
 * workspace whose team has no members shows the work as the platform's.
 */
export function memberAt(
  demo: DemoWorkspace,
  index: number,
): DirectoryUser | undefined {
  const { members } = demo.spec;
  return members.length ? members[index % members.length] : undefined;
}

/** `systemData` of an asset the `index`th member created `offsetMs` from the epoch. */
export function createdByMember(
  demo: DemoWorkspace,
  index: number,
  offsetMs: number,
): SystemData {
  const member = memberAt(demo, index);
  return createdBy(
    member
      ? { name: member.displayName, type: 'User' }
      : { name: 'Azure ML platform', type: 'Application' },
    demo.epochMs + offsetMs,
  );
}

/** A child resource id of the workspace: `{workspace}/{path}`. */
export function childId(demo: DemoWorkspace, path: string): string {
  return `${demo.workspace.id}/${path}`;
}
