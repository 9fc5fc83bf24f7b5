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
} from '@backstage/core-components';
import type {
  AzureMlDeploymentProvisioningState,
  AzureMlEndpointProvisioningState,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The provisioning state of an online endpoint or deployment as a coloured
 * indicator followed by its name.
 *
 * @internal
 */
export function ProvisioningStateIndicator(props: {
  state: AzureMlEndpointProvisioningState | AzureMlDeploymentProvisioningState;
}) {
  const { state } = props;
  switch (state) {
    case 'Succeeded':
      return <StatusOK>{state}</StatusOK>;
    case 'Failed':
      return <StatusError>{state}</StatusError>;
    case 'Canceled':
      return <StatusAborted>{state}</StatusAborted>;
    case 'Creating':
    case 'Updating':
    case 'Scaling':
      return <StatusRunning>{state}</StatusRunning>;
    default:
      // Deleting, and any state a newer API version adds.
      return <StatusPending>{state}</StatusPending>;
  }
}
