/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource } from '../state/model';
import { DATA_KIND } from '../arm/ml/dataRoutes';
import { versionedAsset, versionsOverTime } from './demoAssets';
import type { DemoWorkspace } from './demoWorkspaceContext';
import type { DataSpec } from './mlThemes';

/** Where a data version lives in the workspace's default blob datastore. */
function dataUri(demo: DemoWorkspace, spec: DataSpec, version: number): string {
  const { subscriptionId, resourceGroup, name } = demo.spec;
  const folder = `azureml://subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${name}/datastores/workspaceblobstore/paths/${spec.path}/v${version}`;
  return spec.dataType === 'uri_file'
    ? `${folder}/${spec.name}.csv`
    : `${folder}/`;
}

function dataAsset(demo: DemoWorkspace, spec: DataSpec, index: number) {
  const versions = versionsOverTime(
    demo,
    index,
    spec.versions,
    { firstDaysAgo: 90, daysApart: 30 },
    v => ({
      description: spec.description,
      tags: {
        team: demo.spec.team,
        refresh: v === spec.versions - 1 ? 'current' : 'superseded',
      },
      dataType: spec.dataType,
      dataUri: dataUri(demo, spec, v + 1),
    }),
  );
  return versionedAsset(
    demo,
    DATA_KIND,
    spec.name,
    { description: spec.description, dataType: spec.dataType },
    versions,
  );
}

/** The theme's data assets, each with its versions. */
export function demoDataAssets(demo: DemoWorkspace): ArmResource[] {
  return demo.theme.data.flatMap((spec, i) => dataAsset(demo, spec, i));
}
