/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlEndpointDeploymentCreatePermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import { endpointStudioUrl, readEndpointTarget } from '../onlineEndpoint';
import { workspaceTabPath } from '../portalPaths';
import { deploymentBody } from './deploymentBody';
import {
  deploymentCreateInput,
  deploymentCreateOutput,
} from './deploymentCreateSchema';
import { planDeployment } from './planDeployment';
import { provisionDeployment } from './provisionDeployment';

/**
 * The id of the action that adds a deployment to an online endpoint.
 *
 * @public
 */
export const DEPLOYMENT_CREATE_ACTION_ID = 'azureml:deployment:create';

const EXAMPLE = `steps:
  - id: create-deployment
    name: Create the green deployment at 0% traffic
    action: ${DEPLOYMENT_CREATE_ACTION_ID}
    input:
      workspace: \${{ parameters.workspace }}
      endpoint: defect-classifier
      name: green
      model: azureml:defect-classifier:3
      instanceType: Standard_DS3_v2
      instanceCount: 2
      timeoutMinutes: 45`;

/**
 * `azureml:deployment:create`: a deployment of a model version on an
 * existing online endpoint, at no traffic, as the user who runs the
 * template; waits until Azure has provisioned it, and deletes it again
 * when that fails or takes too long.
 *
 * @internal
 */
export function createDeploymentCreateAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: DEPLOYMENT_CREATE_ACTION_ID,
    description:
      "Adds a deployment of a registered model version to an existing Azure ML online endpoint at 0% of its traffic, as the user who runs the template (task secret azureMlUserToken), and waits until Azure has provisioned it (timeoutMinutes); a deployment that fails or times out is deleted again. Checks azureMl.endpoint.deployment.create on the endpoint's catalog entity and records the attempt in the Azure ML audit log. Outputs the deployment's name and id and the endpoint's Azure ML studio and portal links.",
    supportsDryRun: true,
    examples: [
      { description: 'Add a deployment at no traffic', example: EXAMPLE },
    ],
    schema: { input: deploymentCreateInput, output: deploymentCreateOutput },
    async handler(ctx) {
      const input = parseActionInput(
        DEPLOYMENT_CREATE_ACTION_ID,
        deploymentCreateInput(z),
        ctx.input,
      );
      const caller = await runtime.caller(ctx);
      const workspace = await runtime.workspaces.resolve(input.workspace);
      const azure = runtime.azureFor(caller, workspace.ref.subscriptionId);
      const endpoint = await readEndpointTarget(
        azure,
        workspace,
        input.endpoint,
      );
      const deploymentId = `${endpoint.id}/deployments/${input.name}`;
      const attempt = runtime.attempt(ctx, caller, {
        action: 'endpoint.deployment.create',
        resourceId: deploymentId,
        workspaceId: workspace.id,
        parameters: {
          endpointName: endpoint.name,
          deploymentName: input.name,
          model: input.model,
          ...(input.environment ? { environment: input.environment } : {}),
          ...(input.codeConfiguration
            ? { codeConfiguration: input.codeConfiguration }
            : {}),
          ...(input.instanceType ? { instanceType: input.instanceType } : {}),
          instanceCount: input.instanceCount,
        },
      });
      await attempt.authorize(() =>
        runtime.workspaces.onResourceEntity(
          endpoint.id,
          'online endpoint',
          azureMlEndpointDeploymentCreatePermission,
        ),
      );
      const plan = await planDeployment(azure, workspace, endpoint, input);
      const output = (provisioningState: string) => {
        ctx.output('deploymentName', input.name);
        ctx.output('deploymentId', deploymentId);
        ctx.output('endpointName', endpoint.name);
        ctx.output('provisioningState', provisioningState);
        ctx.output(
          'studioUrl',
          endpointStudioUrl({
            studio: runtime.studio,
            endpointName: endpoint.name,
            workspaceId: workspace.id,
            tenantId: azure.tenantId,
          }),
        );
        ctx.output(
          'portalUrl',
          workspace.entity
            ? workspaceTabPath(workspace.entity, 'endpoints', endpoint.name)
            : '',
        );
      };
      const where = `deployment ${input.name} of model ${input.model} (${input.instanceCount} × ${plan.instanceType}) on online endpoint ${endpoint.name} in workspace ${workspace.ref.workspaceName}`;
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create ${where}, at 0% of its traffic; nothing was written`,
        );
        output('NotStarted');
        return;
      }

      ctx.logger.info(
        `Creating ${where} as ${
          caller.user.userPrincipalName ?? caller.user.objectId
        }`,
      );
      const deployment = await attempt.run(async undo => {
        const created = await provisionDeployment({
          azure,
          workspace,
          endpoint,
          name: input.name,
          plan,
          body: codeId =>
            deploymentBody(
              endpoint,
              plan,
              {
                ...input,
                properties: {
                  'backstage.io/task-id': ctx.task.id,
                  ...(caller.userEntityRef
                    ? { 'backstage.io/initiated-by': caller.userEntityRef }
                    : {}),
                },
              },
              codeId,
            ),
          timeoutMs: input.timeoutMinutes * 60_000,
          undo,
          logger: ctx.logger,
          signal: ctx.signal,
        });
        return {
          result: created.deployment,
          correlationId: created.correlationId,
        };
      });
      output(deployment.properties.provisioningState ?? 'Succeeded');
      ctx.logger.info(
        `Deployment ${input.name} of online endpoint ${endpoint.name} is ready and takes no traffic yet; test it with the azureml-model-deployment: ${input.name} header, then move traffic to it`,
      );
    },
  });
}
