/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { OnlineDeployment } from '@azure/arm-machinelearning';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { createCodeVersion } from '../../service/AssetVersions';
import { NOTHING_TO_UNDO, type UndoLog } from '../../service/UndoLog';
import type { UserAzure } from '../../service/UserAzureClients';
import { waitForProvisioning } from '../../service/waitForProvisioning';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import type { EndpointTarget } from '../onlineEndpoint';
import type { DeploymentPlan } from './planDeployment';

/** How long to wait between two reads of a deployment being provisioned. */
const POLL_INTERVAL_MS = 3000;

/**
 * Notes how to remove the deployment, before it is asked for: the SDK's
 * create also polls once, so it can fail after Azure has made the
 * deployment. The removal looks first, and finds nothing when Azure had not.
 */
function noteDeploymentUndo(
  azure: UserAzure,
  target: { rg: string; ws: string; endpoint: string; name: string },
  undo: UndoLog,
): void {
  const { rg, ws, endpoint, name } = target;
  undo.created(
    `deployment ${name} of online endpoint ${endpoint}`,
    async () => {
      const exists = await azure
        .call(`Read deployment ${name} of online endpoint ${endpoint}`, sdk =>
          sdk.ml.onlineDeployments.get(rg, ws, endpoint, name),
        )
        .then(
          () => true,
          error => {
            if ((error as Error)?.name === 'NotFoundError') return false;
            throw error;
          },
        );
      if (!exists) return NOTHING_TO_UNDO;
      await azure.call(
        `Delete deployment ${name} of online endpoint ${endpoint}`,
        sdk =>
          sdk.ml.onlineDeployments.beginDeleteAndWait(rg, ws, endpoint, name, {
            updateIntervalInMs: 500,
          }),
      );
      return undefined;
    },
  );
}

/**
 * The writes of `azureml:deployment:create`, each noted in `undo`: the code
 * asset (when the code is a path in storage), the deployment (it gets no
 * traffic: the endpoint's traffic map does not name it), then the wait until
 * Azure has provisioned it.
 *
 * @param body - The deployment's ARM body, given the ARM id of its code.
 * @returns The deployment as last read, and the correlation id of its creation.
 * @throws ProvisioningFailedError or OperationTimeoutError from the wait.
 * @internal
 */
export async function provisionDeployment(options: {
  azure: UserAzure;
  workspace: ResolvedWorkspace;
  endpoint: EndpointTarget;
  name: string;
  plan: DeploymentPlan;
  body: (codeId: string | undefined) => OnlineDeployment;
  timeoutMs: number;
  undo: UndoLog;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<{ deployment: OnlineDeployment; correlationId?: string }> {
  const { azure, name, plan, undo, logger } = options;
  const { resourceGroup: rg, workspaceName: ws } = options.workspace.ref;
  const endpoint = options.endpoint.name;
  let codeId = plan.code?.codeId;
  if (plan.codeUpload) {
    codeId = await createCodeVersion(azure, plan.codeUpload, { undo, logger });
  }
  noteDeploymentUndo(azure, { rg, ws, endpoint, name }, undo);
  let correlationId: string | undefined;
  await azure.call(
    `Create deployment ${name} on online endpoint ${endpoint}`,
    ({ ml }) =>
      ml.onlineDeployments.beginCreateOrUpdate(
        rg,
        ws,
        endpoint,
        name,
        options.body(codeId),
        {
          onResponse: response => {
            correlationId ??= response.headers.get(
              'x-ms-correlation-request-id',
            );
          },
        },
      ),
  );
  logger.info(
    `Azure accepted deployment ${name} on online endpoint ${endpoint}, at 0% of its traffic; waiting until it is provisioned`,
  );
  const deployment = await waitForProvisioning({
    read: () =>
      azure.call(
        `Read deployment ${name} of online endpoint ${endpoint}`,
        ({ ml }) => ml.onlineDeployments.get(rg, ws, endpoint, name),
      ),
    stateOf: d => d.properties.provisioningState,
    what: `Deployment ${name} of online endpoint ${endpoint}`,
    timeoutMs: options.timeoutMs,
    timeoutHint:
      'a deployment takes minutes, longer with an image to build or a large model; raise timeoutMinutes for one that needs more time',
    intervalMs: POLL_INTERVAL_MS,
    logger,
    signal: options.signal,
  });
  return { deployment, correlationId };
}
