/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { useIdentityContext } from '../../hooks';
import { IdentityDetails } from '../IdentityDetails';

const title = 'Your Azure identity';

/**
 * The "Your Azure identity" card: loads the identity the portal calls Azure
 * as for the signed-in user and shows it, or why it could not be loaded.
 *
 * @internal
 */
export function IdentityCard() {
  const state = useIdentityContext();

  let content;
  let actions;
  if (state.status === 'loading') {
    content = <Progress />;
  } else if (state.status === 'failed') {
    const status =
      state.error instanceof ResponseError ? state.error.statusCode : undefined;
    content = (
      <>
        <p>
          The portal could not load your Azure identity
          {status ? ` (HTTP ${status})` : ''}.
        </p>
        <ResponseErrorPanel error={state.error} />
      </>
    );
    // `@material-ui/core` is not a dependency of this package, so a native
    // button; InfoCard styles its actions row.
    actions = (
      <button type="button" onClick={state.retry}>
        Retry
      </button>
    );
  } else {
    content = (
      <>
        <IdentityDetails identity={state.identity} />
        <p>
          The portal calls Azure with this identity. The token itself stays on
          the server and is never shown.
        </p>
      </>
    );
  }

  // InfoCard renders no landmark, so the section names the card as a region.
  return (
    <section aria-label={title}>
      <InfoCard
        title={title}
        titleTypographyProps={{ component: 'h2' }}
        actions={actions}
      >
        {content}
      </InfoCard>
    </section>
  );
}
