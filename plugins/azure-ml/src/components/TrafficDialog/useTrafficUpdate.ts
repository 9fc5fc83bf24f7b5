/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AzureMlEndpointProvisioningState,
  AzureMlOnlineEndpoint,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef } from '../../api';
import {
  ENDPOINT_UPDATE_TIMEOUT_MS,
  waitForEndpointUpdate,
} from './waitForEndpointUpdate';

/**
 * Where a traffic update stands: not sent, being sent, accepted and being
 * carried out by Azure, or failed (with what to tell the user).
 *
 * @internal
 */
export type TrafficUpdateStep =
  | { step: 'editing' }
  | { step: 'sending' }
  | { step: 'waiting'; provisioningState: AzureMlEndpointProvisioningState }
  | { step: 'failed'; title: string; message: string };

/** The backend's own message for a failed request, which says what is wrong. */
function backendMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body.error.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

const minutes = ENDPOINT_UPDATE_TIMEOUT_MS / 60_000;

/**
 * Sends a traffic split and follows Azure's long-running update of the
 * endpoint until it succeeds (then `onApplied` gets the fresh endpoint),
 * fails or takes too long. Stops following when the component unmounts.
 *
 * @internal
 */
export function useTrafficUpdate(
  workspace: WorkspaceRef,
  endpointName: string,
  onApplied: (endpoint: AzureMlOnlineEndpoint) => void,
): { state: TrafficUpdateStep; apply(traffic: Record<string, number>): void } {
  const api = useApi(azureMlApiRef);
  const [state, setState] = useState<TrafficUpdateStep>({ step: 'editing' });
  const controller = useRef<AbortController>();
  const appliedRef = useRef(onApplied);
  appliedRef.current = onApplied;

  useEffect(() => () => controller.current?.abort(), []);

  const apply = useCallback(
    (traffic: Record<string, number>) => {
      controller.current?.abort();
      const { signal } = (controller.current = new AbortController());
      const ifCurrent = (update: () => void) => {
        if (!signal.aborted) update();
      };
      setState({ step: 'sending' });
      api.updateEndpointTraffic(workspace, endpointName, { traffic }).then(
        accepted => {
          ifCurrent(() =>
            setState({
              step: 'waiting',
              provisioningState: accepted.provisioningState,
            }),
          );
          waitForEndpointUpdate({
            api,
            workspace,
            endpoint: accepted,
            signal,
            onProgress: endpoint =>
              ifCurrent(() =>
                setState({
                  step: 'waiting',
                  provisioningState: endpoint.provisioningState,
                }),
              ),
          }).then(
            result =>
              ifCurrent(() => {
                if (result.outcome === 'succeeded') {
                  appliedRef.current(result.endpoint);
                } else if (result.outcome === 'failed') {
                  setState({
                    step: 'failed',
                    title: 'Azure could not update the endpoint',
                    message: `Azure accepted the new split, but the update ended in the provisioning state ${result.endpoint.provisioningState}. Check the endpoint in Azure Machine Learning studio before trying again.`,
                  });
                } else {
                  setState({
                    step: 'failed',
                    title: 'Azure has not finished updating the endpoint',
                    message: `After ${minutes} minutes the provisioning state is still ${result.endpoint.provisioningState}. The update may still finish; check the endpoint in Azure Machine Learning studio.`,
                  });
                }
              }),
            error =>
              ifCurrent(() =>
                setState({
                  step: 'failed',
                  title: 'Could not follow the update',
                  message: `Azure accepted the new split, but reading the endpoint failed: ${backendMessage(
                    error,
                  )}`,
                }),
              ),
          );
        },
        error =>
          ifCurrent(() =>
            setState({
              step: 'failed',
              title: 'The traffic was not changed',
              message: backendMessage(error),
            }),
          ),
      );
    },
    [api, workspace, endpointName],
  );

  return { state, apply };
}
