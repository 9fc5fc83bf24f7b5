/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  AzureMlActionRuntime,
  type AzureMlActionServices,
} from '../service/AzureMlActionRuntime';
import { createDataRegisterAction } from './dataRegister/createDataRegisterAction';
import { createDeploymentCreateAction } from './deploymentCreate/createDeploymentCreateAction';
import { createEndpointTrafficUpdateAction } from './endpointTrafficUpdate/createEndpointTrafficUpdateAction';
import { createEnvironmentCreateAction } from './environmentCreate/createEnvironmentCreateAction';
import { createIdentityFederateAction } from './identityFederate/createIdentityFederateAction';
import { createJobSubmitAction } from './jobSubmit/createJobSubmitAction';
import { createModelRegisterAction } from './modelRegister/createModelRegisterAction';

/**
 * The Azure ML template actions, sharing one token validator, on-behalf-of
 * exchange and audit client: `azureml:job:submit`, `azureml:data:register`,
 * `azureml:model:register`, `azureml:environment:create` and
 * `azure:identity:federate`. The module registers them; call this to
 * register them yourself.
 *
 * @throws Error when `azureMl.portalApp.credential` is not configured.
 * @public
 */
export function createAzureMlActions(
  services: AzureMlActionServices,
): TemplateAction<any, any, any>[] {
  const runtime = AzureMlActionRuntime.fromConfig(services);
  return [
    createJobSubmitAction(runtime),
    createDataRegisterAction(runtime),
    createModelRegisterAction(runtime),
    createEnvironmentCreateAction(runtime),
    createIdentityFederateAction(runtime),
    createDeploymentCreateAction(runtime),
    createEndpointTrafficUpdateAction(runtime),
  ];
}
