/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { IdentityContext } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef } from '../api';

/**
 * Where loading the identity context stands.
 *
 * @internal
 */
export type IdentityContextState =
  | { status: 'loading' }
  | { status: 'loaded'; identity: IdentityContext }
  | { status: 'failed'; error: Error };

/**
 * Loads the identity the portal calls Azure as for the signed-in user, with a
 * `retry` that loads it again.
 *
 * @internal
 */
export function useIdentityContext(): IdentityContextState & {
  retry: () => void;
} {
  const azureMlApi = useApi(azureMlApiRef);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<IdentityContextState>({
    status: 'loading',
  });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    azureMlApi.getIdentityContext().then(
      identity => {
        if (current) setState({ status: 'loaded', identity });
      },
      (error: unknown) => {
        if (current) {
          setState({
            status: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [azureMlApi, attempt]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);
  return { ...state, retry };
}
