/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The outcome of checking a traffic split typed into the traffic dialog.
 *
 * @internal
 */
export interface TrafficValidation {
  /** The split to send, when every share is valid and they add up to 100. */
  traffic?: Record<string, number>;
  /** The sum of the valid shares, for the live total. */
  total: number;
  /** What is wrong, in words; empty when the split can be sent. */
  problems: string[];
}

const WHOLE_NUMBER = /^\d+$/;

/** A share as typed (or set by a slider) as a whole number from 0 to 100, if it is one. */
function parseShare(share: string | number): number | undefined {
  const text = String(share).trim();
  if (!WHOLE_NUMBER.test(text)) return undefined;
  const percent = Number(text);
  return percent <= 100 ? percent : undefined;
}

/**
 * Checks a traffic split before it is sent, with the rules the backend
 * applies: every share a whole number from 0 to 100, only deployments the
 * endpoint has, adding up to exactly 100. Deployments left out get 0.
 *
 * @param shares - The percentage typed for each deployment, by name.
 * @param deploymentNames - The deployments the endpoint has.
 * @internal
 */
export function validateTraffic(
  shares: Record<string, string | number>,
  deploymentNames: string[],
): TrafficValidation {
  const known = new Set(deploymentNames);
  const problems: string[] = [];
  const traffic: Record<string, number> = Object.fromEntries(
    deploymentNames.map(name => [name, 0]),
  );
  let total = 0;
  for (const [name, share] of Object.entries(shares)) {
    if (!known.has(name)) {
      problems.push(`${name} is not a deployment of this endpoint`);
      continue;
    }
    const percent = parseShare(share);
    if (percent === undefined) {
      problems.push(
        `The share of ${name} must be a whole number from 0 to 100`,
      );
      continue;
    }
    traffic[name] = percent;
    total += percent;
  }
  // A total over shares that are not all numbers would only mislead.
  if (problems.length === 0 && total !== 100) {
    problems.push(`Shares add up to ${total}%; they must add up to 100%`);
  }
  return problems.length === 0
    ? { traffic, total, problems }
    : { total, problems };
}

/**
 * Whether two splits give every deployment the same share, counting a
 * deployment left out as 0.
 *
 * @internal
 */
export function isSameTraffic(
  a: Record<string, number>,
  b: Record<string, number>,
): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every(name => (a[name] ?? 0) === (b[name] ?? 0));
}
