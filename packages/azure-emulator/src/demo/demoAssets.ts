/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource, SystemData } from '../state/model';
import { assetMetadata, type AssetKind } from '../arm/ml/assetCollections';
import {
  childId,
  createdByMember,
  DAY_MS,
  type DemoWorkspace,
} from './demoWorkspaceContext';

/** One version of a generated asset: its body and who made it when. */
export type DemoVersion = {
  version: string;
  properties: Record<string, unknown>;
  systemData: SystemData;
};

/**
 * `count` versions of the `index`th asset of a kind, numbered from 1: the
 * first `firstDaysAgo` days before the epoch, each next one `daysApart`
 * later, each asset a day after the one before, by the members in turn.
 */
export function versionsOverTime(
  demo: DemoWorkspace,
  index: number,
  count: number,
  schedule: { firstDaysAgo: number; daysApart: number },
  propertiesOf: (v: number) => Record<string, unknown>,
): DemoVersion[] {
  return Array.from({ length: count }, (_, v) => ({
    version: String(v + 1),
    properties: propertiesOf(v),
    systemData: createdByMember(
      demo,
      index + v,
      -(schedule.firstDaysAgo - schedule.daysApart * v) * DAY_MS +
        index * DAY_MS,
    ),
  }));
}

/**
 * A container and its versions, built through the same property checks a
 * PUT goes through, so generated assets look like submitted ones.
 */
export function versionedAsset(
  demo: DemoWorkspace,
  kind: AssetKind,
  name: string,
  /** The container's body properties (`description`, kind-specific ones). */
  container: Record<string, unknown>,
  versions: DemoVersion[],
): ArmResource[] {
  const containerId = childId(demo, `${kind.segment}/${name}`);
  return [
    {
      id: containerId,
      name,
      type: kind.containerType,
      properties: {
        ...assetMetadata(container),
        ...kind.containerProperties?.(container),
      },
      systemData: versions[0].systemData,
    },
    ...versions.map(v => ({
      id: `${containerId}/versions/${v.version}`,
      name: v.version,
      type: kind.versionType,
      properties: {
        ...assetMetadata(v.properties),
        isAnonymous: false,
        ...kind.versionProperties(v.properties),
      },
      systemData: v.systemData,
    })),
  ];
}
