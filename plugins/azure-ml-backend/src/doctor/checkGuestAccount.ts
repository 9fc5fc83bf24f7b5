/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessCheck } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';
import { NO_ACCOUNT_IN_TENANT } from './entraErrorCode';
import type { ExchangeOutcome } from './exchangeProbe';

const TITLE = 'Cross-tenant account';

/**
 * Whether the user has an account in the workspace's tenant: trivially when
 * it is their home tenant, else a guest account, which the exchange into
 * that tenant proves (or refuses with `AADSTS50020`).
 *
 * @internal
 */
export function checkGuestAccount(options: {
  user: ValidatedUserToken;
  workspaceTenantId: string;
  /** The ARM exchange into the workspace's tenant. */
  outcome: ExchangeOutcome;
}): AccessCheck {
  const { user, workspaceTenantId, outcome } = options;
  const evidence = [
    { label: 'Your home tenant', value: user.tenantId },
    { label: "The workspace's tenant", value: workspaceTenantId },
  ];
  const base = { id: 'guest-account' as const, title: TITLE, evidence };
  if (user.tenantId.toLowerCase() === workspaceTenantId.toLowerCase()) {
    return {
      ...base,
      verdict: 'pass',
      summary:
        'The workspace is in your home tenant: no guest account is needed.',
    };
  }
  if (outcome.ok) {
    return {
      ...base,
      verdict: 'pass',
      summary: `You have a guest account in tenant ${workspaceTenantId}: the portal's exchange into it succeeded.`,
    };
  }
  if (outcome.code !== NO_ACCOUNT_IN_TENANT) {
    return {
      ...base,
      verdict: 'skipped',
      summary: `The exchange into tenant ${workspaceTenantId} failed for another reason; see the app registration check.`,
    };
  }
  const email = user.userPrincipalName ?? user.objectId;
  const invitation = JSON.stringify({
    invitedUserEmailAddress: email,
    inviteRedirectUrl: 'https://myapps.microsoft.com',
    sendInvitationMessage: true,
  });
  return {
    ...base,
    evidence: [...evidence, { label: 'Entra', value: outcome.message }],
    verdict: 'fail',
    summary: `You have no account in tenant ${workspaceTenantId} (AADSTS50020): an administrator there must invite you as a guest before any role can be assigned to you.`,
    fix: {
      summary: `An administrator of tenant ${workspaceTenantId} invites ${email} as a guest user; you accept the invitation, then get a role on the workspace.`,
      azCli: [
        `az login --tenant ${workspaceTenantId}`,
        `az rest --method POST --url https://graph.microsoft.com/v1.0/invitations --body '${invitation}'`,
      ].join('\n'),
      portalSteps: [
        `Sign in to the Microsoft Entra admin center as an administrator of tenant ${workspaceTenantId}`,
        'Identity → Users → All users → New user → Invite external user',
        `Email: ${email}; then Review + invite`,
        'The invited user opens the invitation e-mail and accepts it',
      ],
    },
  };
}
