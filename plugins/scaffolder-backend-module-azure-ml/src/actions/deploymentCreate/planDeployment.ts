/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConflictError, InputError } from '@backstage/errors';
import {
  assetKinds,
  planAssetVersion,
  type AssetVersionPlan,
} from '../../service/AssetVersions';
import type { UserAzure } from '../../service/UserAzureClients';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import {
  mustExist,
  resolveCode,
  resolveEnvironment,
  workspaceAssetVersion,
} from '../jobSubmit/jobReferences';
import type { EndpointTarget } from '../onlineEndpoint';

/** Model types Azure ML serves without an environment or scoring script of the user's. */
const NO_CODE_MODEL_TYPES = new Set(['mlflow_model', 'triton_model']);
/** The instance type a Kubernetes cluster attached to Azure ML always has. */
const DEFAULT_KUBERNETES_INSTANCE_TYPE = 'defaultinstancetype';
/** A VM size, as managed compute takes it. */
const VM_SIZE = /^Standard_[A-Za-z0-9_]+$/;
/** A Kubernetes resource name, as instance types of a cluster have. */
const KUBERNETES_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * What a new deployment will serve and run on, every reference resolved to
 * an ARM id and checked to exist, and the code asset to register for it.
 *
 * @internal
 */
export type DeploymentPlan = {
  modelId: string;
  modelType: string;
  environmentId?: string;
  instanceType: string;
  /** The scoring script and its existing code asset version. */
  code?: { scoringScript: string; codeId?: string };
  /** Code in storage, to register as a code asset before the deployment. */
  codeUpload?: { plan: AssetVersionPlan; codeUri: string };
};

async function checkDeploymentNameIsFree(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  endpoint: EndpointTarget,
  name: string,
): Promise<void> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const existing = await azure
    .call(`Read deployment ${name} of online endpoint ${endpoint.name}`, sdk =>
      sdk.ml.onlineDeployments.get(rg, ws, endpoint.name, name),
    )
    .catch(error => {
      if ((error as Error)?.name === 'NotFoundError') return undefined;
      throw error;
    });
  if (existing) {
    const share = endpoint.endpoint.properties.traffic?.[existing.name ?? name];
    throw new ConflictError(
      `Online endpoint ${endpoint.name} has a deployment ${
        existing.name ?? name
      } already (${
        share ?? 0
      }% of its traffic); give the new deployment another name`,
    );
  }
}

/** The model version to serve, checked to exist, with its type. */
async function resolveModel(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  value: string,
): Promise<{ modelId: string; modelType: string }> {
  const asset = workspaceAssetVersion(value, workspace, 'models', 'model');
  if (!asset) {
    throw new InputError(
      `model ${JSON.stringify(
        value,
      )} must be azureml:<name>:<version> or a model version's ARM id`,
    );
  }
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const model = await mustExist(
    azure.call(`Read model ${asset.name} version ${asset.version}`, ({ ml }) =>
      ml.modelVersions.get(rg, ws, asset.name, asset.version),
    ),
    `There is no model ${asset.name} version ${asset.version} in workspace ${ws}; register it first, or check the name and version`,
  );
  return {
    modelId:
      model.id ??
      `${workspace.id}/models/${asset.name}/versions/${asset.version}`,
    modelType: model.properties.modelType ?? 'custom_model',
  };
}

/** Refuses what the model's type cannot be served with, or without. */
function checkScoringSetup(
  model: { modelType: string; name: string },
  setup: { environment?: string; hasCode: boolean },
): void {
  if (setup.hasCode && !setup.environment) {
    throw new InputError(
      'codeConfiguration needs an environment to run the scoring script in; give environment too',
    );
  }
  if (NO_CODE_MODEL_TYPES.has(model.modelType)) return;
  if (!setup.environment || !setup.hasCode) {
    throw new InputError(
      `Model ${model.name} is a ${model.modelType}, which Azure ML serves only with an environment and a scoring script: give environment and codeConfiguration (code and scoringScript)`,
    );
  }
}

/** The instance type, checked against where the endpoint's deployments run. */
function resolveInstanceType(
  endpoint: EndpointTarget,
  instanceType: string | undefined,
): string {
  if (endpoint.computeType === 'Managed') {
    if (!instanceType || !VM_SIZE.test(instanceType)) {
      throw new InputError(
        `Online endpoint ${
          endpoint.name
        } is a managed endpoint: give instanceType, the VM size of its instances, such as Standard_DS3_v2${
          instanceType ? ` (not ${instanceType})` : ''
        }`,
      );
    }
    return instanceType;
  }
  const chosen = instanceType ?? DEFAULT_KUBERNETES_INSTANCE_TYPE;
  if (!KUBERNETES_NAME.test(chosen)) {
    throw new InputError(
      `Online endpoint ${endpoint.name} runs on Kubernetes compute ${
        endpoint.endpoint.properties.compute?.split('/').pop() ?? ''
      }: instanceType must be one of the cluster's instance types (lowercase, such as ${DEFAULT_KUBERNETES_INSTANCE_TYPE}, the default), not the VM size ${chosen}`,
    );
  }
  return chosen;
}

/**
 * Plans a deployment, reading Azure as the user only: the name is free on
 * the endpoint, the model version exists and can be served with what is
 * given, the environment and code exist, and the instance type fits the
 * endpoint's compute.
 *
 * @throws InputError naming what is missing or does not fit;
 *   ConflictError for a taken name.
 * @internal
 */
export async function planDeployment(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  endpoint: EndpointTarget,
  deployment: {
    name: string;
    model: string;
    environment?: string;
    codeConfiguration?: { code: string; scoringScript: string };
    instanceType?: string;
  },
): Promise<DeploymentPlan> {
  const instanceType = resolveInstanceType(endpoint, deployment.instanceType);
  await checkDeploymentNameIsFree(azure, workspace, endpoint, deployment.name);
  const model = await resolveModel(azure, workspace, deployment.model);
  checkScoringSetup(
    { ...model, name: deployment.model },
    {
      environment: deployment.environment,
      hasCode: Boolean(deployment.codeConfiguration),
    },
  );
  const environmentId = deployment.environment
    ? await resolveEnvironment(azure, workspace, deployment.environment)
    : undefined;
  const plan: DeploymentPlan = { ...model, environmentId, instanceType };
  const codeConfiguration = deployment.codeConfiguration;
  if (!codeConfiguration) return plan;
  const { scoringScript } = codeConfiguration;
  const code = await resolveCode(azure, workspace, codeConfiguration.code);
  if ('codeId' in code) {
    return { ...plan, code: { scoringScript, codeId: code.codeId } };
  }
  const codePlan = await planAssetVersion(azure, {
    kind: assetKinds.code,
    workspace,
    name: `${endpoint.name}-${deployment.name}-code`,
  });
  return {
    ...plan,
    code: { scoringScript },
    codeUpload: { plan: codePlan, codeUri: code.codeUri },
  };
}
