/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * One deployment's share of an endpoint's traffic.
 *
 * @internal
 */
export interface TrafficShare {
  deployment: string;
  percent: number;
}

/**
 * The shares of a traffic split, by deployment name, so each deployment keeps
 * its place (and colour) when the split changes.
 *
 * @internal
 */
export function trafficShares(traffic: Record<string, number>): TrafficShare[] {
  return Object.entries(traffic)
    .map(([deployment, percent]) => ({ deployment, percent }))
    .sort((a, b) => a.deployment.localeCompare(b.deployment));
}

/**
 * A traffic split in words, for example "Traffic: blue 90%, green 10%".
 *
 * @internal
 */
export function describeTraffic(shares: TrafficShare[]): string {
  if (shares.length === 0) return 'Traffic: no deployments';
  return `Traffic: ${shares
    .map(share => `${share.deployment} ${share.percent}%`)
    .join(', ')}`;
}
