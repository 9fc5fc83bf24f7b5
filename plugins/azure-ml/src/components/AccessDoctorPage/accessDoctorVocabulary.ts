/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AccessCheckVerdict,
  AccessDoctorSubject,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * What each verdict is called on screen, next to its colour and icon.
 *
 * @internal
 */
export const verdictLabels: Record<AccessCheckVerdict, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Fail',
  skipped: 'Skipped',
};

/**
 * The verdicts, worst first, as the report's tally lists them.
 *
 * @internal
 */
export const verdictsWorstFirst: AccessCheckVerdict[] = [
  'fail',
  'warn',
  'skipped',
  'pass',
];

const SUBJECT_KINDS: Record<AccessDoctorSubject['kind'], string> = {
  me: 'you',
  user: 'the user',
  service: "the portal's service identity",
};

/**
 * Whom a report examined, in words: `you (bob@contoso.com)`, `the user
 * 2222…`, `the portal's service identity (workload identity)`.
 *
 * @internal
 */
export function describeSubject(subject: AccessDoctorSubject): string {
  const name = subject.displayName ?? subject.objectId;
  return name
    ? `${SUBJECT_KINDS[subject.kind]} (${name})`
    : SUBJECT_KINDS[subject.kind];
}
