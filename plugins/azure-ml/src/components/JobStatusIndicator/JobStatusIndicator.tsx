/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import type { AzureMlJobStatus } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * A job's status as a coloured indicator followed by its name.
 *
 * @internal
 */
export function JobStatusIndicator(props: { status: AzureMlJobStatus }) {
  const { status } = props;
  switch (status) {
    case 'Completed':
      return <StatusOK>{status}</StatusOK>;
    case 'Failed':
      return <StatusError>{status}</StatusError>;
    case 'Canceled':
    case 'CancelRequested':
      return <StatusAborted>{status}</StatusAborted>;
    case 'Running':
    case 'Starting':
    case 'Preparing':
    case 'Provisioning':
    case 'Finalizing':
      return <StatusRunning>{status}</StatusRunning>;
    case 'NotResponding':
    case 'Paused':
    case 'Unknown':
      return <StatusWarning>{status}</StatusWarning>;
    default:
      return <StatusPending>{status}</StatusPending>;
  }
}
