/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CSSProperties } from 'react';
import {
  ErrorDisplay,
  Progress,
  useAppNode,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useIdentityContext } from '../../hooks';
import { IdentityDetails } from '../IdentityDetails';

const cardStyle: CSSProperties = {
  margin: 24,
  padding: 16,
  border: '1px solid rgba(127, 127, 127, 0.35)',
  borderRadius: 4,
};
const headingStyle: CSSProperties = { marginTop: 0, fontSize: '1.25rem' };
const noteStyle: CSSProperties = { marginBottom: 0, opacity: 0.8 };

/**
 * The error to show for a failed load: for a backend answer, the error the
 * backend sent (its name, such as `NotAllowedError`, and its message), which
 * says more than "Request failed with 403".
 */
function shownError(error: Error): { status?: number; error: Error } {
  if (error instanceof ResponseError) {
    return { status: error.statusCode, error: error.cause };
  }
  return { error };
}

/**
 * The "Your Azure identity" card: loads the identity the portal calls Azure
 * as for the signed-in user and shows it, or why it could not be loaded.
 *
 * @internal
 */
export function IdentityCard() {
  const state = useIdentityContext();
  const plugin = useAppNode()?.spec.plugin;

  let content;
  if (state.status === 'loading') {
    content = <Progress />;
  } else if (state.status === 'failed') {
    const failure = shownError(state.error);
    content = (
      <>
        <p>
          The portal could not load your Azure identity
          {failure.status ? ` (HTTP ${failure.status})` : ''}.
        </p>
        <ErrorDisplay
          plugin={plugin}
          error={failure.error}
          resetError={state.retry}
        />
      </>
    );
  } else {
    content = (
      <>
        <IdentityDetails identity={state.identity} />
        <p style={noteStyle}>
          The portal calls Azure with this identity. The token itself stays on
          the server and is never shown.
        </p>
      </>
    );
  }

  return (
    <section style={cardStyle} aria-labelledby="azure-ml-identity-heading">
      <h2 id="azure-ml-identity-heading" style={headingStyle}>
        Your Azure identity
      </h2>
      {content}
    </section>
  );
}
