/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useEffect } from 'react';
import type { AzureMlDataState } from './useAzureMlData';

/**
 * Loads `data` again `intervalMs` after each answer while `active`, for
 * something that changes while it runs, such as a job. A load in flight
 * is not doubled; polling stops once `active` turns false, or on unmount.
 *
 * @param data - A load, as {@link useAzureMlData} gives it.
 * @internal
 */
export function usePolling(
  data: Pick<AzureMlDataState<unknown>, 'status'> & { reload: () => void },
  active: boolean,
  intervalMs: number,
): void {
  const { reload } = data;
  const settled = data.status !== 'loading';

  useEffect(() => {
    if (!settled || !active) return undefined;
    const timer = setTimeout(reload, intervalMs);
    return () => clearTimeout(timer);
  }, [settled, active, reload, intervalMs]);
}
