/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlEndpointTrafficUpdatePermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import { listEndpointDeployments, readEndpointTarget } from '../onlineEndpoint';
import { applyTraffic } from './applyTraffic';
import {
  endpointTrafficUpdateInput,
  endpointTrafficUpdateOutput,
} from './endpointTrafficUpdateSchema';
import {
  describeTraffic,
  planTraffic,
  sameTraffic,
  type TrafficRequest,
} from './planTraffic';

/**
 * The id of the action that sets how an online endpoint splits its traffic.
 *
 * @public
 */
export const ENDPOINT_TRAFFIC_UPDATE_ACTION_ID =
  'azureml:endpoint:traffic:update';

const EXAMPLE = `steps:
  - id: shift-traffic
    name: Move 10% of the traffic to green
    action: ${ENDPOINT_TRAFFIC_UPDATE_ACTION_ID}
    input:
      workspace: \${{ parameters.workspace }}
      endpoint: defect-classifier
      deployment: \${{ steps['create-deployment'].output.deploymentName }}
      share: 10`;

/**
 * `azureml:endpoint:traffic:update`: an online endpoint's traffic split, as
 * the user who runs the template; one deployment's share with the others
 * scaled to fill the rest, or the whole split. A failure part way puts the
 * old split back.
 *
 * @internal
 */
export function createEndpointTrafficUpdateAction(
  runtime: AzureMlActionRuntime,
) {
  return createTemplateAction({
    id: ENDPOINT_TRAFFIC_UPDATE_ACTION_ID,
    description:
      "Sets how an Azure ML online endpoint splits its traffic between its deployments, as the user who runs the template (task secret azureMlUserToken): one deployment's share (deployment and share, the others scaled in proportion to fill the rest, in whole percentages) or the whole split (traffic, adding up to 100). Waits until Azure has applied it, and puts the old split back when that fails. Checks azureMl.endpoint.traffic.update on the endpoint's catalog entity and records the attempt in the Azure ML audit log. Outputs the traffic Azure reports afterwards and the traffic before.",
    supportsDryRun: true,
    examples: [{ description: 'Give a new deployment 10%', example: EXAMPLE }],
    schema: {
      input: endpointTrafficUpdateInput,
      output: endpointTrafficUpdateOutput,
    },
    async handler(ctx) {
      const input = parseActionInput(
        ENDPOINT_TRAFFIC_UPDATE_ACTION_ID,
        endpointTrafficUpdateInput(z),
        ctx.input,
      );
      const request: TrafficRequest = input.traffic
        ? { traffic: input.traffic }
        : { deployment: input.deployment!, share: input.share! };
      const caller = await runtime.caller(ctx);
      const workspace = await runtime.workspaces.resolve(input.workspace);
      const azure = runtime.azureFor(caller, workspace.ref.subscriptionId);
      const endpoint = await readEndpointTarget(
        azure,
        workspace,
        input.endpoint,
      );
      const previous = { ...(endpoint.endpoint.properties.traffic ?? {}) };
      const attempt = runtime.attempt(ctx, caller, {
        action: 'endpoint.traffic.update',
        resourceId: endpoint.id,
        workspaceId: workspace.id,
        parameters: {
          endpointName: endpoint.name,
          ...request,
          previousTraffic: previous,
        },
      });
      await attempt.authorize(() =>
        runtime.workspaces.onResourceEntity(
          endpoint.id,
          'online endpoint',
          azureMlEndpointTrafficUpdatePermission,
        ),
      );
      const deployments = await listEndpointDeployments(
        azure,
        workspace,
        endpoint.name,
      );
      const traffic = planTraffic(
        endpoint.name,
        previous,
        deployments.map(d => d.name ?? ''),
        request,
      );
      const change = `the traffic of online endpoint ${
        endpoint.name
      } from ${describeTraffic(previous)} to ${describeTraffic(traffic)}`;
      if (sameTraffic(traffic, previous)) {
        ctx.logger.info(
          `Online endpoint ${
            endpoint.name
          } splits its traffic so already (${describeTraffic(
            previous,
          )}); nothing to change`,
        );
        ctx.output('traffic', previous);
        ctx.output('previousTraffic', previous);
        return;
      }
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would set ${change}; nothing was written`);
        ctx.output('traffic', traffic);
        ctx.output('previousTraffic', previous);
        return;
      }

      ctx.logger.info(
        `Setting ${change}, as ${
          caller.user.userPrincipalName ?? caller.user.objectId
        }`,
      );
      const updated = await attempt.run(async undo => {
        const applied = await applyTraffic({
          azure,
          workspace,
          endpoint,
          traffic,
          previous,
          undo,
          logger: ctx.logger,
          signal: ctx.signal,
        });
        return {
          result: applied.endpoint,
          correlationId: applied.correlationId,
        };
      });
      const reported = { ...(updated.properties.traffic ?? {}) };
      ctx.output('traffic', reported);
      ctx.output('previousTraffic', previous);
      ctx.logger.info(
        `Online endpoint ${
          endpoint.name
        } now splits its traffic ${describeTraffic(reported)}`,
      );
    },
  });
}
