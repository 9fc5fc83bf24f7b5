/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { FaultSettings } from './EmulatorContext';

/**
 * Whether injected faults apply to a request for `subscriptionId`: to every
 * subscription unless `faults.subscriptions` names some.
 */
export function faultsApplyTo(
  faults: FaultSettings,
  subscriptionId: string,
): boolean {
  return (
    faults.subscriptions.length === 0 ||
    faults.subscriptions.some(
      s => s.toLowerCase() === subscriptionId.toLowerCase(),
    )
  );
}
