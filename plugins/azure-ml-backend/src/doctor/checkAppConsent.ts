/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AccessCheck,
  AccessCheckEvidence,
  AccessFix,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { CONSENT_REQUIRED, NO_ACCOUNT_IN_TENANT } from './entraErrorCode';
import type { ExchangeOutcome } from './exchangeProbe';

/**
 * One API the portal calls on behalf of the user, and the delegated
 * permission it needs.
 *
 * @internal
 */
export type DelegatedApi = {
  /** How people name it, e.g. `Azure Service Management (ARM)`. */
  name: string;
  /** The scope the exchange asks for. */
  scope: string;
  /** The resource's application id in Entra, for `az ad app permission`. */
  resourceAppId: string;
  /** The delegated permission's id there. */
  permissionId?: string;
  outcome: ExchangeOutcome;
};

const TITLE = "The portal's app registration";

/** `user_impersonation` is what both Azure APIs expose for delegated calls. */
const DELEGATED_PERMISSION = 'user_impersonation';

function consentFix(
  apis: DelegatedApi[],
  clientId: string,
  tenantId: string,
  authorityHost: string,
): AccessFix {
  const names = apis.map(api => api.name).join(' and ');
  const add = apis
    .filter(api => api.permissionId)
    .map(
      api =>
        `az ad app permission add --id ${clientId} --api ${api.resourceAppId} --api-permissions ${api.permissionId}=Scope`,
    );
  return {
    summary: `An administrator of tenant ${tenantId} must grant the portal (application ${clientId}) the delegated permission '${DELEGATED_PERMISSION}' on ${names}, with admin consent for the tenant.`,
    adminConsentUrl: `${authorityHost.replace(
      /\/+$/,
      '',
    )}/${tenantId}/adminconsent?client_id=${clientId}`,
    azCli: [
      `az login --tenant ${tenantId}`,
      ...add,
      `az ad app permission admin-consent --id ${clientId}`,
    ].join('\n'),
    portalSteps: [
      `Sign in to the Microsoft Entra admin center as an administrator of tenant ${tenantId}`,
      `Identity → Applications → App registrations → the portal (application id ${clientId}) → API permissions`,
      ...apis.map(
        api =>
          `Add a permission → APIs my organization uses → ${api.name} → Delegated permissions → ${DELEGATED_PERMISSION} → Add permissions`,
      ),
      `Select "Grant admin consent for" the tenant, then Yes`,
    ],
  };
}

function evidenceOf(api: DelegatedApi): AccessCheckEvidence {
  const { outcome } = api;
  return {
    label: `${api.name} (${api.scope})`,
    value: outcome.ok
      ? `token issued: aud ${outcome.audiences.join(', ')}, scp ${
          outcome.scopes.join(' ') || '(none)'
        }`
      : outcome.message,
  };
}

/**
 * Whether the portal's on-behalf-of exchanges work in the workspace's
 * tenant for each API it calls: consent given (`AADSTS65001` if not), and
 * the tokens carry the delegated permission.
 *
 * @internal
 */
export function checkAppConsent(options: {
  apis: DelegatedApi[];
  clientId: string;
  tenantId: string;
  authorityHost: string;
}): AccessCheck {
  const { apis, clientId, tenantId, authorityHost } = options;
  const evidence = apis.map(evidenceOf);
  const base = { id: 'app-consent' as const, title: TITLE, evidence };
  const failed = apis.filter(api => !api.outcome.ok);
  if (
    failed.some(
      api => !api.outcome.ok && api.outcome.code === NO_ACCOUNT_IN_TENANT,
    )
  ) {
    return {
      ...base,
      verdict: 'skipped',
      summary: `You have no account in tenant ${tenantId}, so no exchange can happen there; see the cross-tenant check.`,
    };
  }
  const unconsented = failed.filter(
    api => !api.outcome.ok && api.outcome.code === CONSENT_REQUIRED,
  );
  if (unconsented.length > 0) {
    return {
      ...base,
      verdict: 'fail',
      summary: `Consent is missing in tenant ${tenantId} for ${unconsented
        .map(api => api.name)
        .join(' and ')} (AADSTS65001): the portal cannot act for you there.`,
      fix: consentFix(unconsented, clientId, tenantId, authorityHost),
    };
  }
  if (failed.length > 0) {
    return {
      ...base,
      verdict: 'fail',
      summary: `The on-behalf-of exchange failed for ${failed
        .map(api => api.name)
        .join(' and ')}.`,
      fix: {
        summary:
          "Check azureMl.portalApp: its clientId must be the app registration's, and its credential (workload identity federation, or a client secret that has not expired) must be accepted by Entra; the message above names what Entra refused.",
      },
    };
  }
  const lacking = apis.filter(
    api => api.outcome.ok && !api.outcome.scopes.includes(DELEGATED_PERMISSION),
  );
  if (lacking.length > 0) {
    return {
      ...base,
      verdict: 'fail',
      summary: `The tokens for ${lacking
        .map(api => api.name)
        .join(' and ')} do not carry '${DELEGATED_PERMISSION}'.`,
      fix: consentFix(lacking, clientId, tenantId, authorityHost),
    };
  }
  return {
    ...base,
    verdict: 'pass',
    summary: `Consented in tenant ${tenantId}: the portal gets tokens for ${apis
      .map(api => api.name)
      .join(' and ')} on your behalf, each with '${DELEGATED_PERMISSION}'.`,
  };
}
