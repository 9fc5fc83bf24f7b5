/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource, DirectoryUser } from '../state/model';
import { ML_TYPES, resourceGroupId } from '../arm/ml/mlIds';
import {
  childId,
  createdByMember,
  DAY_MS,
  type DemoWorkspace,
} from './demoWorkspaceContext';
import { hexFrom } from './seededRandom';

/** The clusters jobs run on, by the names jobs refer to them with. */
export const CLUSTERS = { cpu: 'cpu-cluster', gpu: 'gpu-cluster' } as const;
/** The attached Kubernetes compute of workspaces that serve on Kubernetes. */
export const KUBERNETES_COMPUTE = 'aks-inference';

function compute(
  demo: DemoWorkspace,
  name: string,
  index: number,
  properties: Record<string, unknown>,
): ArmResource {
  const systemData = createdByMember(
    demo,
    index,
    -150 * DAY_MS + index * DAY_MS,
  );
  return {
    id: childId(demo, `computes/${name}`),
    name,
    type: ML_TYPES.compute,
    location: demo.spec.location,
    tags: {},
    properties: {
      computeLocation: demo.spec.location,
      provisioningState: 'Succeeded',
      createdOn: systemData.createdAt,
      modifiedOn: systemData.createdAt,
      isAttachedCompute: false,
      disableLocalAuth: true,
      provisioningErrors: [],
      ...properties,
    },
    systemData,
  };
}

function cluster(
  demo: DemoWorkspace,
  name: string,
  index: number,
  vmSize: string,
  maxNodeCount: number,
  vmPriority: 'Dedicated' | 'LowPriority',
): ArmResource {
  return compute(demo, name, index, {
    computeType: 'AmlCompute',
    description: `${vmSize} nodes for training jobs`,
    properties: {
      osType: 'Linux',
      vmSize,
      vmPriority,
      isolatedNetwork: false,
      scaleSettings: {
        maxNodeCount,
        minNodeCount: 0,
        nodeIdleTimeBeforeScaleDown: 'PT120S',
      },
      remoteLoginPortPublicAccess: 'Disabled',
      allocationState: 'Steady',
      allocationStateTransitionTime: new Date(
        demo.epochMs - DAY_MS,
      ).toISOString(),
      errors: [],
      currentNodeCount: 0,
      targetNodeCount: 0,
      nodeStateCounts: {
        idleNodeCount: 0,
        runningNodeCount: 0,
        preparingNodeCount: 0,
        unusableNodeCount: 0,
        leavingNodeCount: 0,
        preemptedNodeCount: 0,
      },
      enableNodePublicIp: true,
    },
  });
}

/** A member's personal compute instance; every other one is stopped. */
function computeInstance(
  demo: DemoWorkspace,
  member: DirectoryUser,
  index: number,
): ArmResource {
  const name = `ci-${member.givenName.toLowerCase()}-${hexFrom(
    `${demo.workspace.id}/${member.objectId}`,
    4,
  )}`;
  const running = index % 2 === 0;
  const host = `${name}.${demo.spec.location}.instances.azureml.ms`;
  return compute(demo, name, index, {
    computeType: 'ComputeInstance',
    description: `${member.displayName}'s notebook VM`,
    properties: {
      vmSize: 'Standard_DS3_v2',
      applicationSharingPolicy: 'Personal',
      sshSettings: {
        sshPublicAccess: 'Disabled',
        adminUserName: 'azureuser',
        sshPort: 50000,
      },
      connectivityEndpoints: {
        publicIpAddress: `20.50.${index + 10}.${(index * 7) % 250}`,
        privateIpAddress: `10.0.0.${index + 4}`,
      },
      applications: ['Jupyter', 'JupyterLab', 'VS Code'].map(displayName => ({
        displayName,
        endpointUri: `https://${host}/${
          displayName === 'JupyterLab' ? 'lab' : 'tree/'
        }`,
      })),
      createdBy: {
        userName: member.displayName,
        userOrgId: member.tenantId,
        userId: member.objectId,
      },
      errors: [],
      state: running ? 'Running' : 'Stopped',
      computeInstanceAuthorizationType: 'personal',
      personalComputeInstanceSettings: {
        assignedUser: { objectId: member.objectId, tenantId: member.tenantId },
      },
      lastOperation: {
        operationName: running ? 'Start' : 'Stop',
        operationTime: new Date(
          demo.epochMs - (index + 2) * 3_600_000,
        ).toISOString(),
        operationStatus: 'Succeeded',
        operationTrigger: 'User',
      },
      schedules: { computeStartStop: [] },
      enableNodePublicIp: true,
    },
  });
}

/** An AKS cluster attached for online endpoints on Kubernetes. */
function kubernetesCompute(demo: DemoWorkspace): ArmResource {
  const group = resourceGroupId(
    demo.spec.subscriptionId,
    demo.spec.resourceGroup,
  );
  return compute(demo, KUBERNETES_COMPUTE, 0, {
    computeType: 'Kubernetes',
    description: 'AKS cluster attached for online inference',
    isAttachedCompute: true,
    resourceId: `${group}/providers/Microsoft.ContainerService/managedClusters/aks-${demo.spec.name}`,
    properties: {
      namespace: 'azureml',
      defaultInstanceType: 'defaultinstancetype',
      instanceTypes: {
        defaultinstancetype: {
          resources: {
            requests: { cpu: '1', memory: '2Gi' },
            limits: { cpu: '2', memory: '4Gi' },
          },
        },
      },
    },
  });
}

/**
 * Two training clusters (CPU, GPU), a compute instance per team member and,
 * for workspaces serving on Kubernetes, the attached AKS cluster.
 */
export function demoComputes(demo: DemoWorkspace): ArmResource[] {
  const gpuPriority =
    demo.spec.team === 'sandbox' ? 'LowPriority' : 'Dedicated';
  return [
    cluster(demo, CLUSTERS.cpu, 0, 'Standard_DS3_v2', 4, 'Dedicated'),
    cluster(demo, CLUSTERS.gpu, 1, demo.theme.gpuSize, 2, gpuPriority),
    ...demo.spec.members.map((m, i) => computeInstance(demo, m, i)),
    ...(demo.theme.inference === 'Kubernetes' ? [kubernetesCompute(demo)] : []),
  ];
}
