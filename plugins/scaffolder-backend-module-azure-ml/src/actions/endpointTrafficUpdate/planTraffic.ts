/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';

/**
 * Whole percentages of an endpoint's traffic, by deployment name.
 *
 * @internal
 */
export type Traffic = Record<string, number>;

/**
 * What traffic change is asked: one deployment's share (the others scaled
 * to fill the rest), or the whole split.
 *
 * @internal
 */
export type TrafficRequest =
  | { deployment: string; share: number }
  | { traffic: Traffic };

/**
 * The traffic in words, e.g. `blue 90%, green 10%`.
 *
 * @internal
 */
export function describeTraffic(traffic: Traffic): string {
  const shares = Object.entries(traffic).filter(([, share]) => share > 0);
  return shares.length > 0
    ? shares.map(([name, share]) => `${name} ${share}%`).join(', ')
    : 'no traffic';
}

/**
 * Whole percentages proportional to `weights` that add up to `total`: each
 * gets its rounded-down share, and what is left goes one by one to the
 * largest remainders (ties: the larger weight, then name order).
 */
function proportional(
  weights: [string, number][],
  total: number,
): [string, number][] {
  const sum = weights.reduce((acc, [, w]) => acc + w, 0);
  const exact = weights.map(([name, w]) => ({ name, w, x: (w * total) / sum }));
  const shares = new Map(exact.map(e => [e.name, Math.floor(e.x)]));
  let left = total - [...shares.values()].reduce((acc, s) => acc + s, 0);
  const byRemainder = [...exact].sort(
    (a, b) =>
      b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) ||
      b.w - a.w ||
      a.name.localeCompare(b.name),
  );
  for (const { name } of byRemainder) {
    if (left === 0) break;
    shares.set(name, shares.get(name)! + 1);
    left--;
  }
  return weights.map(([name]) => [name, shares.get(name)!]);
}

/**
 * The endpoint's new traffic for a request, over all its deployments (0 for
 * those that get none), with the deployments' names as Azure spells them.
 *
 * @param current - The endpoint's traffic now, as Azure reports it.
 * @param deploymentNames - The endpoint's deployments.
 * @throws InputError for a deployment the endpoint does not have, a split
 *   that does not add up to 100, or a share whose rest no other deployment
 *   takes traffic to be scaled up from.
 * @internal
 */
export function planTraffic(
  endpointName: string,
  current: Traffic,
  deploymentNames: string[],
  request: TrafficRequest,
): Traffic {
  const known = (name: string) => {
    const found = deploymentNames.find(
      d => d.toLowerCase() === name.toLowerCase(),
    );
    if (!found) {
      throw new InputError(
        `Online endpoint ${endpointName} has no deployment ${name} (it has: ${
          deploymentNames.join(', ') || 'none'
        })`,
      );
    }
    return found;
  };
  const shareNow = (name: string) =>
    Object.entries(current).find(
      ([d]) => d.toLowerCase() === name.toLowerCase(),
    )?.[1] ?? 0;

  if ('traffic' in request) {
    const asked = new Map(
      Object.entries(request.traffic).map(([name, share]) => [
        known(name),
        share,
      ]),
    );
    const total = [...asked.values()].reduce((acc, s) => acc + s, 0);
    if (total !== 100) {
      throw new InputError(
        `The traffic of online endpoint ${endpointName} adds up to ${total}, but must add up to 100`,
      );
    }
    return Object.fromEntries(
      deploymentNames.map(name => [name, asked.get(name) ?? 0]),
    );
  }

  const target = known(request.deployment);
  const others = deploymentNames
    .filter(name => name !== target)
    .map(name => [name, shareNow(name)] as [string, number]);
  const rest = 100 - request.share;
  const othersNow = others.reduce((acc, [, share]) => acc + share, 0);
  if (rest > 0 && othersNow === 0) {
    throw new InputError(
      `No other deployment of online endpoint ${endpointName} takes traffic now, so the other ${rest}% cannot be shared out in proportion; give the whole split as traffic instead (now: ${describeTraffic(
        current,
      )})`,
    );
  }
  const scaled = new Map(
    rest === 0 ? others.map(([name]) => [name, 0]) : proportional(others, rest),
  );
  return Object.fromEntries(
    deploymentNames.map(name => [
      name,
      name === target ? request.share : scaled.get(name) ?? 0,
    ]),
  );
}

/**
 * Whether two splits give every deployment the same share (absent is 0).
 *
 * @internal
 */
export function sameTraffic(a: Traffic, b: Traffic): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every(name => (a[name] ?? 0) === (b[name] ?? 0));
}
