/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource } from '../state/model';
import { ENVIRONMENT_KIND } from '../arm/ml/environmentRoutes';
import { versionedAsset, versionsOverTime } from './demoAssets';
import type { DemoWorkspace } from './demoWorkspaceContext';
import type { EnvironmentSpec } from './mlThemes';

/** Image tags of successive versions, oldest first. */
const IMAGE_TAGS = ['20240115.v1', '20240318.v1', '20240610.v1'];

function environment(
  demo: DemoWorkspace,
  spec: EnvironmentSpec,
  index: number,
) {
  const versions = versionsOverTime(
    demo,
    index,
    spec.versions,
    { firstDaysAgo: 120, daysApart: 60 },
    v => ({
      description: spec.description,
      tags: { team: demo.spec.team },
      image: `${spec.image}:${IMAGE_TAGS[v]}`,
      // Conda dependencies came with the second version.
      ...(spec.conda && v > 0 ? { condaFile: spec.conda } : {}),
    }),
  );
  return versionedAsset(
    demo,
    ENVIRONMENT_KIND,
    spec.name,
    { description: spec.description },
    versions,
  );
}

/** The theme's environments, each with its versions. */
export function demoEnvironments(demo: DemoWorkspace): ArmResource[] {
  return demo.theme.environments.flatMap((spec, i) =>
    environment(demo, spec, i),
  );
}

/** The ARM id of an environment version of the workspace. */
export function environmentVersionId(
  demo: DemoWorkspace,
  index: number,
  version: 'latest' | 'first',
): string {
  const spec = demo.theme.environments[index % demo.theme.environments.length];
  const v = version === 'latest' ? spec.versions : 1;
  return `${demo.workspace.id}/environments/${spec.name}/versions/${v}`;
}
