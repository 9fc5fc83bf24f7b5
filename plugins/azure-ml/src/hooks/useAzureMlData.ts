/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { azureMlApiRef, type AzureMlApi } from '../api';

/**
 * The state of one load from the {@link AzureMlApi}.
 *
 * @internal
 */
export type AzureMlDataState<T> =
  | { status: 'loading'; value?: T; error?: never }
  | { status: 'loaded'; value: T; error?: never }
  | { status: 'failed'; value?: T; error: Error };

/**
 * Loads something from the {@link AzureMlApi} again whenever `key` changes,
 * and on `reload()`. While reloading, the last value is kept, so a refresh
 * does not blank the page; answers to an earlier key are dropped.
 *
 * @param key - What the load depends on, compared by its JSON form.
 * @internal
 */
export function useAzureMlData<T>(
  load: (api: AzureMlApi) => Promise<T>,
  key: unknown[],
): AzureMlDataState<T> & { reload: () => void } {
  const api = useApi(azureMlApiRef);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AzureMlDataState<T>>({
    status: 'loading',
  });
  const keyText = JSON.stringify(key);

  useEffect(() => {
    let current = true;
    setState(s => ({ status: 'loading', value: s.value }));
    load(api).then(
      value => {
        if (current) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (current) {
          setState(s => ({
            status: 'failed',
            value: s.value,
            error: error instanceof Error ? error : new Error(String(error)),
          }));
        }
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new closure on every render; `keyText` says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, keyText, attempt]);

  const reload = useCallback(() => setAttempt(n => n + 1), []);
  return { ...state, reload };
}
