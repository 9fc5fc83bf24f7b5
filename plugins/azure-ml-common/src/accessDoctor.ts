/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlPortalFeature } from './portalFeatures';

/**
 * The checks of the access doctor, in the order it runs them.
 *
 * @public
 */
export type AccessCheckId =
  | 'sign-in-token'
  | 'app-consent'
  | 'guest-account'
  | 'azure-permissions'
  | 'backstage-permissions'
  | 'service-identity';

/**
 * A check's verdict: `pass`; `warn` (works now, will break or is unsafe);
 * `fail` (this is why access fails); `skipped` (could not be run, the
 * summary says why).
 *
 * @public
 */
export type AccessCheckVerdict = 'pass' | 'warn' | 'fail' | 'skipped';

/**
 * One fact a check read, such as a claim of the token or a granted action.
 *
 * @public
 */
export interface AccessCheckEvidence {
  /** What was read, for example `aud`. */
  label: string;
  /** Its value, never a token or a secret. */
  value: string;
}

/**
 * An Azure role to assign, with where: the least-privileged built-in (or
 * custom) role that grants what is missing, at the narrowest scope.
 *
 * @public
 */
export interface AccessRoleToGrant {
  /** The role's name, for example `AzureML Data Scientist`. */
  roleName: string;
  /** The role definition's ARM id. */
  roleDefinitionId: string;
  /** The ARM scope to assign it at. */
  scope: string;
  /** The object id of the principal to assign it to. */
  principalId: string;
  /** The missing actions the role grants. */
  grants: string[];
}

/**
 * How to put a failing check right, as exactly as the portal can say it.
 *
 * @public
 */
export interface AccessFix {
  /** One sentence: what to do. */
  summary: string;
  /** For missing Azure actions: the role to assign. */
  role?: AccessRoleToGrant;
  /** The Azure CLI command that applies the fix. */
  azCli?: string;
  /** The same in the Azure portal (or Entra admin center), step by step. */
  portalSteps?: string[];
  /** For missing consent: the tenant's admin-consent URL. */
  adminConsentUrl?: string;
}

/**
 * One portal feature in the permission checks: what it needs and what is
 * missing.
 *
 * @public
 */
export interface AccessFeatureFinding {
  /** The feature. */
  feature: AzureMlPortalFeature;
  /** Whether this lock allows it. */
  allowed: boolean;
  /** For Azure: the required actions not granted at the scope. */
  missingActions?: string[];
  /** For Backstage: the permission that was denied. */
  deniedPermission?: string;
}

/**
 * One check of the access doctor.
 *
 * @public
 */
export interface AccessCheck {
  /** Which check. */
  id: AccessCheckId;
  /** Its title, for example `Sign-in token`. */
  title: string;
  /** Its verdict. */
  verdict: AccessCheckVerdict;
  /** What it found, in one or two sentences. */
  summary: string;
  /** The facts behind the verdict. */
  evidence: AccessCheckEvidence[];
  /** For the permission checks: one entry per portal feature. */
  features?: AccessFeatureFinding[];
  /** How to fix it, for `fail` and `warn`. */
  fix?: AccessFix;
}

/**
 * Whom the doctor examined: the signed-in user, another user (admins
 * only), or the portal's own service identity (admins only).
 *
 * @public
 */
export interface AccessDoctorSubject {
  /** `me` for the signed-in user. */
  kind: 'me' | 'user' | 'service';
  /** The Entra object id, where known. */
  objectId?: string;
  /** The tenant whose directory holds that object. */
  tenantId?: string;
  /** A name to show: the UPN, or the service identity's mode. */
  displayName?: string;
}

/**
 * The access doctor's report for one subject and one workspace.
 *
 * @public
 */
export interface AccessDoctorReport {
  /** Whom it examined. */
  subject: AccessDoctorSubject;
  /** The workspace's ARM id. */
  workspaceId: string;
  /** The tenant the workspace belongs to. */
  workspaceTenantId: string;
  /** When the checks ran (ISO 8601). */
  checkedAt: string;
  /** The checks, in the order of {@link AccessCheckId}. */
  checks: AccessCheck[];
}

/**
 * What a refusal named, read back from the backend's message: the Azure
 * action (or Backstage permission) and the scope, for the doctor's link.
 *
 * @public
 */
export interface AccessRefusal {
  /** Which lock refused. */
  side: 'azure' | 'backstage';
  /** The Azure RBAC action, or the Backstage permission name. */
  action: string;
  /** The ARM scope, or the catalog entity ref. */
  scope?: string;
}

const AZURE_REFUSALS = [
  // toBackstageAzureError, for a 403 AuthorizationFailed of Azure
  /Azure RBAC denied action '([^']+)' on scope '([^']+)'/,
  // AccessService, from the effective permissions
  /Azure RBAC does not grant '([^']+)' on '([^']+)'/,
  // Azure's own words
  /perform action '([^']+)' over scope '([^']+)'/,
];
const BACKSTAGE_REFUSAL =
  /Backstage permission policy denied '([^']+)' \([^)]*\)(?: on (\S+?))?;/;

/**
 * Reads the action and scope out of a refusal message of the azure-ml
 * backend, or `undefined` when the message names none.
 *
 * @public
 */
export function parseAccessRefusal(message: string): AccessRefusal | undefined {
  for (const pattern of AZURE_REFUSALS) {
    const match = pattern.exec(message);
    if (match) return { side: 'azure', action: match[1], scope: match[2] };
  }
  const backstage = BACKSTAGE_REFUSAL.exec(message);
  if (backstage) {
    return {
      side: 'backstage',
      action: backstage[1],
      ...(backstage[2] ? { scope: backstage[2] } : {}),
    };
  }
  return undefined;
}
