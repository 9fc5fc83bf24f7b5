/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import { mlflowTrackingUri } from '../arm/ml/workspaceUrls';

/**
 * A workspace's MLflow tracking URI, the one its `mlFlowTrackingUri` gives:
 * artifact locations hang below it.
 */
export function trackingUri(ctx: EmulatorContext, workspaceId: string): string {
  return mlflowTrackingUri(ctx.urls.https, workspaceId);
}

export function experimentArtifactLocation(
  ctx: EmulatorContext,
  workspaceId: string,
  experimentId: string,
): string {
  return `${trackingUri(
    ctx,
    workspaceId,
  )}/experiments/${experimentId}/artifacts`;
}

export function runArtifactUri(
  ctx: EmulatorContext,
  workspaceId: string,
  experimentId: string,
  runId: string,
): string {
  return `${trackingUri(
    ctx,
    workspaceId,
  )}/experiments/${experimentId}/runs/${runId}/artifacts`;
}
