/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';

/**
 * A compute's provisioning state as a coloured indicator followed by its
 * name.
 *
 * @internal
 */
export function ComputeStateIndicator(props: { state: string }) {
  const { state } = props;
  switch (state.toLowerCase()) {
    case 'succeeded':
      return <StatusOK>{state}</StatusOK>;
    case 'failed':
      return <StatusError>{state}</StatusError>;
    case 'creating':
    case 'updating':
    case 'deleting':
      return <StatusRunning>{state}</StatusRunning>;
    case 'canceled':
      return <StatusAborted>{state}</StatusAborted>;
    default:
      return <StatusWarning>{state || 'Unknown'}</StatusWarning>;
  }
}
