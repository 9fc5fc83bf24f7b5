/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { OnlineEndpoint } from '@azure/arm-machinelearning';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { pollUntil } from '../../service/pollUntil';
import { NOTHING_TO_UNDO, type UndoLog } from '../../service/UndoLog';
import type { UserAzure } from '../../service/UserAzureClients';
import { waitForProvisioning } from '../../service/waitForProvisioning';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import type { EndpointTarget } from '../onlineEndpoint';
import { describeTraffic, sameTraffic, type Traffic } from './planTraffic';

/** How long to wait between two reads of an endpoint being updated. */
const POLL_INTERVAL_MS = 2000;
/** How long a traffic change may take; Azure applies one in seconds to minutes. */
const UPDATE_TIMEOUT_MS = 10 * 60_000;
/** Provisioning states of an endpoint in the middle of a change. */
const CHANGING = new Set(['Creating', 'Updating', 'Deleting']);
/** How long restoring the old traffic waits for a change still running. */
const SETTLE_TIMEOUT_MS = 2 * 60_000;

type EndpointCalls = {
  azure: UserAzure;
  rg: string;
  ws: string;
  endpoint: EndpointTarget;
};

const readEndpoint = ({ azure, rg, ws, endpoint }: EndpointCalls) =>
  azure.call(`Read online endpoint ${endpoint.name}`, ({ ml }) =>
    ml.onlineEndpoints.get(rg, ws, endpoint.name),
  );

/**
 * Puts the endpoint, as it was read, with another traffic split; resolves
 * once Azure accepted it (the SDK polls once), with its correlation id.
 */
async function putTraffic(
  calls: EndpointCalls,
  traffic: Traffic,
  what: string,
): Promise<string | undefined> {
  const { azure, rg, ws, endpoint } = calls;
  let correlationId: string | undefined;
  const body: OnlineEndpoint = {
    ...endpoint.endpoint,
    properties: { ...endpoint.endpoint.properties, traffic },
  };
  await azure.call(what, ({ ml }) =>
    ml.onlineEndpoints.beginCreateOrUpdate(rg, ws, endpoint.name, body, {
      onResponse: response => {
        correlationId ??= response.headers.get('x-ms-correlation-request-id');
      },
    }),
  );
  return correlationId;
}

/**
 * Notes how to put the old traffic back, before the change is asked for:
 * the SDK's update also polls once, so it can fail after Azure accepted the
 * change. The restore waits for a change still running, looks, and writes
 * only when the traffic is not the old one any more.
 */
function noteRestore(
  calls: EndpointCalls,
  previous: Traffic,
  undo: UndoLog,
  logger: LoggerService,
): void {
  const { endpoint } = calls;
  undo.created(
    `the new traffic of online endpoint ${
      endpoint.name
    } (back to ${describeTraffic(previous)})`,
    async () => {
      const settled = await pollUntil({
        read: () => readEndpoint(calls),
        done: e => !CHANGING.has(e.properties.provisioningState ?? ''),
        progress: () => undefined,
        timeoutMessage: (e, elapsedMs) =>
          `Online endpoint ${endpoint.name} was still ${
            e.properties.provisioningState
          } after ${Math.round(elapsedMs / 1000)} s`,
        intervalMs: POLL_INTERVAL_MS,
        timeoutMs: SETTLE_TIMEOUT_MS,
      });
      if (sameTraffic(settled.properties.traffic ?? {}, previous)) {
        return NOTHING_TO_UNDO;
      }
      logger.info(
        `Putting the traffic of online endpoint ${
          endpoint.name
        } back to ${describeTraffic(previous)}`,
      );
      await putTraffic(
        calls,
        previous,
        `Restore traffic of online endpoint ${endpoint.name}`,
      );
      await waitForProvisioning({
        read: () => readEndpoint(calls),
        stateOf: e => e.properties.provisioningState,
        what: `Online endpoint ${endpoint.name}`,
        timeoutMs: SETTLE_TIMEOUT_MS,
        timeoutHint: 'check its traffic in Azure ML studio',
        intervalMs: POLL_INTERVAL_MS,
        logger,
      });
      return undefined;
    },
  );
}

/**
 * The write of `azureml:endpoint:traffic:update`: the endpoint with its new
 * traffic, then the wait until Azure has applied it. Noted in `undo` so a
 * failure part way puts the old traffic back.
 *
 * @returns The endpoint as Azure reports it afterwards, and the correlation
 *   id of the change.
 * @internal
 */
export async function applyTraffic(options: {
  azure: UserAzure;
  workspace: ResolvedWorkspace;
  endpoint: EndpointTarget;
  traffic: Traffic;
  previous: Traffic;
  undo: UndoLog;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<{ endpoint: OnlineEndpoint; correlationId?: string }> {
  const { endpoint, logger } = options;
  const calls: EndpointCalls = {
    azure: options.azure,
    rg: options.workspace.ref.resourceGroup,
    ws: options.workspace.ref.workspaceName,
    endpoint,
  };
  noteRestore(calls, options.previous, options.undo, logger);
  const correlationId = await putTraffic(
    calls,
    options.traffic,
    `Update traffic of online endpoint ${endpoint.name}`,
  );
  logger.info(
    `Azure accepted the new traffic of online endpoint ${
      endpoint.name
    } (${describeTraffic(options.traffic)}); waiting until it applies`,
  );
  const updated = await waitForProvisioning({
    read: () => readEndpoint(calls),
    stateOf: e => e.properties.provisioningState,
    what: `Online endpoint ${endpoint.name}`,
    timeoutMs: UPDATE_TIMEOUT_MS,
    timeoutHint: 'check the endpoint in Azure ML studio',
    intervalMs: POLL_INTERVAL_MS,
    logger,
    signal: options.signal,
  });
  return { endpoint: updated, correlationId };
}
