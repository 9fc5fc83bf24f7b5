/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { StructuredMetadataTable } from '@backstage/core-components';
import type {
  AzureMlIdentityMode,
  IdentityContext,
} from '@azure-ml-backstage/plugin-azure-ml-common';

const identityModeDescriptions: Record<AzureMlIdentityMode, string> = {
  delegated: 'Calls to Azure are made as you, on your behalf (on-behalf-of).',
  'workload-identity':
    'Calls to Azure are made as the portal, with its workload identity federation.',
  'managed-identity':
    'Calls to Azure are made as the portal, with its managed identity.',
  'client-assertion':
    'Calls to Azure are made as the portal, with its certificate (client assertion).',
  'client-secret':
    'Calls to Azure are made as the portal, with its client secret (the last resort).',
};

/** Keeps the row labels as written ("Tenant id"), not start-cased. */
const asWritten = (key: string) => key;

/** Props of {@link IdentityDetails}. */
export interface IdentityDetailsProps {
  /** The identity to show. */
  identity: IdentityContext;
}

/**
 * Shows which identity the portal calls Azure as: tenant, object id, how the
 * token was obtained, its audience, scopes and expiry. It describes the
 * token; the token itself never reaches the browser.
 *
 * @internal
 */
export function IdentityDetails(props: IdentityDetailsProps) {
  const { identity } = props;
  const description = identityModeDescriptions[identity.identityMode];
  const metadata = {
    'Tenant id': <code>{identity.tenantId}</code>,
    'Object id': <code>{identity.objectId}</code>,
    'Identity mode': (
      <>
        <code>{identity.identityMode}</code>
        {description && ` — ${description}`}
      </>
    ),
    'Token audience': <code>{identity.audience}</code>,
    // An array renders as a list, one scope per item.
    Scopes: identity.scopes.length > 0 ? identity.scopes : 'none',
    Expires: <time dateTime={identity.expiresAt}>{identity.expiresAt}</time>,
  };
  return (
    <StructuredMetadataTable
      metadata={metadata}
      options={{ titleFormat: asWritten }}
    />
  );
}
