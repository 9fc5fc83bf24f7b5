/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource } from '../state/model';
import { ML_TYPES } from '../arm/ml/mlIds';
import {
  deploymentProperties,
  deploymentSku,
  endpointProperties,
  resourceIdentity,
} from '../arm/ml/onlineEndpointBodies';
import { createdBy } from '../arm/ml/systemData';
import { KUBERNETES_COMPUTE } from './demoComputes';
import { environmentVersionId } from './demoEnvironments';
import { childId, HOUR_MS, type DemoWorkspace } from './demoWorkspaceContext';
import type { EndpointSpec } from './mlThemes';
import { stableGuid, hexFrom } from './seededRandom';

const KUBERNETES_RESOURCES = {
  containerResourceRequests: { cpu: '1', memory: '2Gi', gpu: '0' },
  containerResourceLimits: { cpu: '2', memory: '4Gi', gpu: '0' },
};

/** How endpoints of the workspace are hosted: on its AKS cluster or managed. */
function hosting(demo: DemoWorkspace) {
  return demo.theme.inference === 'Kubernetes'
    ? {
        kind: 'K8S',
        computeType: 'Kubernetes',
        instanceType: 'defaultinstancetype',
        authMode: 'AMLToken',
      }
    : {
        kind: 'Managed',
        computeType: 'Managed',
        instanceType: 'Standard_DS3_v2',
        authMode: 'Key',
      };
}

/** The identity endpoints get: the workspace's user-assigned one too, if it has one. */
function identityOf(demo: DemoWorkspace, id: string) {
  const assigned = demo.workspace.identity?.userAssignedIdentities as
    | Record<string, unknown>
    | undefined;
  return resourceIdentity(
    demo.state,
    assigned
      ? {
          type: 'SystemAssigned,UserAssigned',
          userAssignedIdentities: assigned,
        }
      : { type: 'SystemAssigned' },
    demo.spec.tenantId,
    stableGuid(`${id.toLowerCase()}/identity`),
  );
}

/** Who deployed, as the model's registrant, two hours after the model version. */
function deployedBy(modelVersion: ArmResource) {
  const registered = modelVersion.systemData!;
  return createdBy(
    { name: registered.createdBy, type: registered.createdByType },
    Date.parse(registered.createdAt) + 2 * HOUR_MS,
  );
}

function deployment(
  demo: DemoWorkspace,
  endpointId: string,
  name: string,
  modelVersion: ArmResource,
  instanceCount: number,
): ArmResource {
  const host = hosting(demo);
  const id = `${endpointId}/deployments/${name}`;
  const properties = deploymentProperties(demo.state, demo.workspace, {
    description: `Serves version ${modelVersion.name} of ${modelVersion.id
      .split('/')
      .at(-3)}`,
    endpointComputeType: host.computeType,
    model: modelVersion.id,
    environmentId: environmentVersionId(
      demo,
      demo.theme.environments.length - 1,
      'latest',
    ),
    codeConfiguration: {
      codeId: childId(demo, `codes/${hexFrom(`${id}/code`, 32)}/versions/1`),
      scoringScript: 'score.py',
    },
    modelMountPath: '/var/azureml-app/azureml-models',
    appInsightsEnabled: true,
    instanceType: host.instanceType,
    ...(host.computeType === 'Kubernetes'
      ? { containerResourceRequirements: KUBERNETES_RESOURCES }
      : {}),
  });
  const identity = identityOf(demo, id);
  return {
    id,
    name,
    type: ML_TYPES.onlineDeployment,
    location: demo.spec.location,
    kind: host.kind,
    tags: {
      model: modelVersion.id.split('/').at(-3)!,
      version: modelVersion.name,
    },
    ...(identity ? { identity } : {}),
    sku: deploymentSku({ capacity: instanceCount }, host.instanceType),
    properties,
    systemData: deployedBy(modelVersion),
  };
}

function endpoint(
  demo: DemoWorkspace,
  spec: EndpointSpec,
  models: ArmResource[],
): ArmResource[] {
  const host = hosting(demo);
  const id = childId(demo, `onlineEndpoints/${spec.name}`);
  const modelName = demo.theme.models[spec.model].name;
  const versions = models.filter(
    m =>
      m.type === ML_TYPES.modelVersion && m.id.split('/').at(-3) === modelName,
  );
  const [previous, latest] = versions.slice(-2);
  const deployments = spec.blueGreen
    ? [
        deployment(demo, id, 'blue', previous, 2),
        deployment(demo, id, 'green', latest, 1),
      ]
    : [deployment(demo, id, 'main', latest, 1)];
  const traffic: Record<string, number> = spec.blueGreen
    ? { blue: 90, green: 10 }
    : { main: 100 };
  const compute =
    host.computeType === 'Kubernetes'
      ? childId(demo, `computes/${KUBERNETES_COMPUTE}`)
      : undefined;
  const identity = identityOf(demo, id);
  const first = deployments[0].systemData!;
  const last = deployments[deployments.length - 1].systemData!;
  return [
    {
      id,
      name: spec.name,
      type: ML_TYPES.onlineEndpoint,
      location: demo.spec.location,
      kind: host.kind,
      tags: { team: demo.spec.team },
      ...(identity ? { identity } : {}),
      sku: deploymentSku({ capacity: deployments.length }, host.instanceType),
      properties: endpointProperties(
        {
          description: spec.description,
          authMode: host.authMode,
          properties: { 'azureml.onlineendpointid': id },
        },
        traffic,
        compute,
      ),
      systemData: {
        ...first,
        lastModifiedAt: last.createdAt,
        lastModifiedBy: last.createdBy,
        lastModifiedByType: last.createdByType,
      },
    },
    ...deployments,
  ];
}

/**
 * The theme's online endpoints: blue/green ones (90/10) between the last two
 * versions of a model, single ones on its latest version.
 */
export function demoEndpoints(
  demo: DemoWorkspace,
  models: ArmResource[],
): ArmResource[] {
  return demo.theme.endpoints.flatMap(spec => endpoint(demo, spec, models));
}
