/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CSSProperties, ReactNode } from 'react';
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

const listStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: 24,
  rowGap: 8,
  margin: 0,
};
const termStyle: CSSProperties = { fontWeight: 600 };
const valueStyle: CSSProperties = { margin: 0, overflowWrap: 'anywhere' };
const codeStyle: CSSProperties = { fontFamily: 'monospace' };
const scopeListStyle: CSSProperties = {
  margin: 0,
  paddingLeft: 0,
  listStyle: 'none',
};

/** Props of {@link IdentityDetails}. */
export interface IdentityDetailsProps {
  /** The identity to show. */
  identity: IdentityContext;
}

function Row(props: { term: string; children: ReactNode }) {
  return (
    <>
      <dt style={termStyle}>{props.term}</dt>
      <dd style={valueStyle}>{props.children}</dd>
    </>
  );
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
  return (
    <dl style={listStyle}>
      <Row term="Tenant id">
        <span style={codeStyle}>{identity.tenantId}</span>
      </Row>
      <Row term="Object id">
        <span style={codeStyle}>{identity.objectId}</span>
      </Row>
      <Row term="Identity mode">
        <span style={codeStyle}>{identity.identityMode}</span>
        {identityModeDescriptions[identity.identityMode] && (
          <> — {identityModeDescriptions[identity.identityMode]}</>
        )}
      </Row>
      <Row term="Token audience">
        <span style={codeStyle}>{identity.audience}</span>
      </Row>
      <Row term="Scopes">
        {identity.scopes.length > 0 ? (
          <ul style={scopeListStyle} aria-label="Scopes">
            {identity.scopes.map(scope => (
              <li key={scope} style={codeStyle}>
                {scope}
              </li>
            ))}
          </ul>
        ) : (
          'none'
        )}
      </Row>
      <Row term="Expires">
        <time dateTime={identity.expiresAt} style={codeStyle}>
          {identity.expiresAt}
        </time>
      </Row>
    </dl>
  );
}
