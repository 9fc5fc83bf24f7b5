/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAccessDoctorSubject } from '../../api';

/**
 * The query parameters of the access doctor's URL: the workspace's ARM id,
 * the refused action and its scope (what sent the user here), and whom to
 * examine.
 *
 * @internal
 */
export const ACCESS_DOCTOR_QUERY_KEYS = {
  workspace: 'workspace',
  action: 'action',
  scope: 'scope',
  subject: 'subject',
} as const;

/**
 * What a link into the access doctor fills in: the refused action (an Azure
 * RBAC action or a Backstage permission), where it was refused, and the
 * workspace to check.
 *
 * @internal
 */
export interface AccessDoctorTarget {
  /** The Azure RBAC action, or the Backstage permission name, that was refused. */
  action: string;
  /** The ARM scope, or the catalog entity ref, it was refused on. */
  scope?: string;
  /** The workspace's ARM id; the doctor asks for one when absent. */
  workspaceId?: string;
}

/**
 * The query string (without `?`) of a link into the access doctor; unset
 * values are left out.
 *
 * @internal
 */
export function accessDoctorSearch(target: AccessDoctorTarget): string {
  const params = new URLSearchParams();
  const keys = ACCESS_DOCTOR_QUERY_KEYS;
  if (target.workspaceId) params.set(keys.workspace, target.workspaceId);
  params.set(keys.action, target.action);
  if (target.scope) params.set(keys.scope, target.scope);
  return params.toString();
}

const OBJECT_ID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the form of an Entra object id (a GUID).
 *
 * @internal
 */
export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}

/**
 * The `subject` query parameter read: whom to examine, or why the value
 * cannot be used.
 *
 * @internal
 */
export type ParsedSubjectParam =
  | { subject: AzureMlAccessDoctorSubject; problem?: never }
  | { subject?: never; problem: string };

/**
 * Reads the `subject` query parameter: absent means `me`; otherwise `me`,
 * `service` or `user:` followed by an Entra object id.
 *
 * @internal
 */
export function parseSubjectParam(value: string | null): ParsedSubjectParam {
  if (value === null || value === '' || value === 'me') {
    return { subject: 'me' };
  }
  if (value === 'service') return { subject: 'service' };
  if (value.startsWith('user:') && isObjectId(value.slice(5))) {
    return { subject: `user:${value.slice(5).toLowerCase()}` };
  }
  return {
    problem: `The subject "${value}" in the address is not me, service or user: followed by an Entra object id (a GUID such as 22222222-0000-4000-8000-000000000002).`,
  };
}
