/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  InvalidResourceIdError,
  type ResourceIdSegment,
} from './InvalidResourceIdError';
import {
  parseWorkspaceChildId,
  parseWorkspaceId,
  workspaceChildId,
  workspaceId,
  type WorkspaceChildKind,
  type WorkspaceChildRef,
  type WorkspaceRef,
} from './resourceIds';

const SUB = '00000000-1111-2222-3333-444444444444';
const PREFIX = `/subscriptions/${SUB}/resourceGroups/workspace-1234/providers`;
const WS_ID = `${PREFIX}/Microsoft.MachineLearningServices/workspaces/testworkspace`;
const ref: WorkspaceRef = {
  subscriptionId: SUB,
  resourceGroup: 'workspace-1234',
  workspaceName: 'testworkspace',
};
const CHILD_TYPES =
  'one of "jobs", "models", "data", "environments", "onlineEndpoints", "computes"';

/** Runs `fn` and returns the InvalidResourceIdError it throws. */
function refusal(fn: () => unknown): {
  segment: ResourceIdSegment;
  message: string;
} {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidResourceIdError) {
      expect(error.message).toBe(
        `Invalid Azure ML resource id: ${error.reason}`,
      );
      return { segment: error.segment, message: error.reason };
    }
    throw error;
  }
  throw new Error('expected an InvalidResourceIdError, but nothing was thrown');
}

const children: Record<WorkspaceChildKind, [string, WorkspaceChildRef]> = {
  job: [
    '/jobs/my-favorite-aml-job',
    { kind: 'job', jobName: 'my-favorite-aml-job' },
  ],
  modelContainer: [
    '/models/testContainer',
    { kind: 'modelContainer', modelName: 'testContainer' },
  ],
  modelVersion: [
    '/models/testContainer/versions/3',
    { kind: 'modelVersion', modelName: 'testContainer', version: '3' },
  ],
  dataContainer: [
    '/data/datacontainer123',
    { kind: 'dataContainer', dataName: 'datacontainer123' },
  ],
  dataVersion: [
    '/data/datacontainer123/versions/2024.01.31',
    {
      kind: 'dataVersion',
      dataName: 'datacontainer123',
      version: '2024.01.31',
    },
  ],
  environmentContainer: [
    '/environments/AzureML-sklearn-0.24-ubuntu18.04-py37-cpu',
    {
      kind: 'environmentContainer',
      environmentName: 'AzureML-sklearn-0.24-ubuntu18.04-py37-cpu',
    },
  ],
  environmentVersion: [
    '/environments/CliV2AnonymousEnvironment/versions/5d230430f302e7876f9b64710733f68e',
    {
      kind: 'environmentVersion',
      environmentName: 'CliV2AnonymousEnvironment',
      version: '5d230430f302e7876f9b64710733f68e',
    },
  ],
  onlineEndpoint: [
    '/onlineEndpoints/my-endpoint',
    { kind: 'onlineEndpoint', endpointName: 'my-endpoint' },
  ],
  onlineDeployment: [
    '/onlineEndpoints/my-endpoint/deployments/blue',
    {
      kind: 'onlineDeployment',
      endpointName: 'my-endpoint',
      deploymentName: 'blue',
    },
  ],
  compute: [
    '/computes/cpu-cluster',
    { kind: 'compute', computeName: 'cpu-cluster' },
  ],
};

describe('workspace ids', () => {
  it('builds a workspace id', () => {
    expect(workspaceId(ref)).toBe(WS_ID);
  });

  it('parses a workspace id', () => {
    expect(parseWorkspaceId(WS_ID)).toEqual({ id: WS_ID, workspace: ref });
  });

  it('matches fixed segments in any case and returns them canonically, keeping the names as given', () => {
    const shouted = `/SUBSCRIPTIONS/${SUB.toUpperCase()}/resourcegroups/Workspace-1234/PROVIDERS/microsoft.machinelearningservices/WORKSPACES/TestWorkspace`;
    expect(parseWorkspaceId(shouted)).toEqual({
      id: `/subscriptions/${SUB.toUpperCase()}/resourceGroups/Workspace-1234/providers/Microsoft.MachineLearningServices/workspaces/TestWorkspace`,
      workspace: {
        subscriptionId: SUB.toUpperCase(),
        resourceGroup: 'Workspace-1234',
        workspaceName: 'TestWorkspace',
      },
    });
  });

  it('parses resource group names with Unicode letters, dots and parentheses', () => {
    const id = `/subscriptions/${SUB}/resourceGroups/ml.(prod)-ресурсы/providers/Microsoft.MachineLearningServices/workspaces/ws1`;
    expect(parseWorkspaceId(id).workspace.resourceGroup).toBe(
      'ml.(prod)-ресурсы',
    );
  });

  it.each<[string, unknown, ResourceIdSegment, string]>([
    ['a number', 42, 'id', 'the id must be a string, but got number'],
    [
      'undefined',
      undefined,
      'id',
      'the id must be a string, but got undefined',
    ],
    ['null', null, 'id', 'the id must be a string, but got null'],
    [
      'an object',
      { id: WS_ID },
      'id',
      'the id must be a string, but got object',
    ],
    ['an array', [WS_ID], 'id', 'the id must be a string, but got an array'],
    ['an empty string', '', 'id', 'the id is empty'],
    [
      'an id without a leading slash',
      'workspaces/testworkspace',
      'id',
      'the id "workspaces/testworkspace" must start with "/subscriptions/"',
    ],
    [
      'an id with leading whitespace',
      ` ${WS_ID}`,
      'id',
      `the id " ${WS_ID.slice(0, 78)}…" must start with "/subscriptions/"`,
    ],
    ['a lone slash', '/', 'id', 'segment 1 is empty; expected "subscriptions"'],
    [
      'a missing subscription id',
      '/subscriptions',
      'id',
      'the id ends after segment 1 ("subscriptions"); expected the subscription id',
    ],
    [
      'a missing resourceGroups segment',
      `/subscriptions/${SUB}`,
      'id',
      `the id ends after segment 2 ("${SUB}"); expected "resourceGroups"`,
    ],
    [
      'a subscription id that is not a GUID',
      `/subscriptions/my-subscription/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws1`,
      'subscriptionId',
      'subscription id "my-subscription" must be a GUID such as 00000000-0000-0000-0000-000000000000',
    ],
    [
      'a misspelled fixed segment',
      `/subscriptions/${SUB}/resourceGroup/rg/providers/Microsoft.MachineLearningServices/workspaces/ws1`,
      'id',
      'segment 3 is "resourceGroup"; expected "resourceGroups"',
    ],
    [
      'an empty segment',
      `/subscriptions/${SUB}//resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws1`,
      'id',
      'segment 3 is empty; expected "resourceGroups"',
    ],
    [
      'an empty resource group',
      `/subscriptions/${SUB}/resourceGroups//providers/Microsoft.MachineLearningServices/workspaces/ws1`,
      'resourceGroup',
      'resource group name is empty',
    ],
    [
      'a resource group of ".."',
      `/subscriptions/${SUB}/resourceGroups/../providers/Microsoft.MachineLearningServices/workspaces/ws1`,
      'resourceGroup',
      'resource group name ".." must not end with "."',
    ],
    [
      'another provider',
      `${PREFIX}/Microsoft.Storage/storageAccounts/testStorageAccount`,
      'provider',
      'provider "Microsoft.Storage" is not supported; expected "Microsoft.MachineLearningServices"',
    ],
    [
      'another resource type of the provider',
      `${PREFIX}/Microsoft.MachineLearningServices/registries/testregistry`,
      'resourceType',
      'resource type "registries" is not supported; expected "workspaces"',
    ],
    [
      'a missing workspace name',
      `${PREFIX}/Microsoft.MachineLearningServices/workspaces`,
      'id',
      'the id ends after segment 7 ("workspaces"); expected the workspace name',
    ],
    [
      'a percent-encoded workspace name',
      `${PREFIX}/Microsoft.MachineLearningServices/workspaces/test%20ws`,
      'workspaceName',
      'workspace name "test%20ws" contains "%"; only letters, digits, "_" and "-" are allowed (percent-encoded ids are not accepted; decode the id first)',
    ],
    [
      'a query string',
      `${WS_ID}?api-version=2024-10-01`,
      'workspaceName',
      'workspace name "testworkspace?api-version=2024-10-01" contains "?"; only letters, digits, "_" and "-" are allowed',
    ],
    [
      'a fragment',
      `${WS_ID}#overview`,
      'workspaceName',
      'workspace name "testworkspace#overview" contains "#"; only letters, digits, "_" and "-" are allowed',
    ],
    [
      'a trailing line break',
      `${WS_ID}\n`,
      'workspaceName',
      'workspace name "testworkspace\\n" contains whitespace',
    ],
    [
      'a workspace name of ".."',
      `${PREFIX}/Microsoft.MachineLearningServices/workspaces/..`,
      'workspaceName',
      'workspace name ".." contains "."; only letters, digits, "_" and "-" are allowed',
    ],
    [
      'a trailing slash',
      `${WS_ID}/`,
      'id',
      'the id has unexpected segments after the workspace name: "/"',
    ],
    [
      'the id of a job in the workspace',
      `${WS_ID}/jobs/my-favorite-aml-job`,
      'id',
      'the id has unexpected segments after the workspace name: "/jobs/my-favorite-aml-job"',
    ],
  ])('refuses %s', (_what, id, segment, message) => {
    expect(refusal(() => parseWorkspaceId(id))).toEqual({ segment, message });
  });

  it.each<[string, unknown, ResourceIdSegment, string]>([
    [
      'null',
      null,
      'id',
      'the workspace reference must be an object, but got null',
    ],
    [
      'a string',
      WS_ID,
      'id',
      'the workspace reference must be an object, but got string',
    ],
    [
      'a missing workspace name',
      { subscriptionId: SUB, resourceGroup: 'rg' },
      'workspaceName',
      'workspace name must be a string, but got undefined',
    ],
    [
      'a slash in a name',
      { ...ref, resourceGroup: 'rg/providers' },
      'resourceGroup',
      'resource group name "rg/providers" contains "/"; only letters, digits, "_", "-", ".", "(" and ")" are allowed',
    ],
    [
      'a subscription id that is not a GUID',
      { ...ref, subscriptionId: '..' },
      'subscriptionId',
      'subscription id ".." must be a GUID such as 00000000-0000-0000-0000-000000000000',
    ],
  ])('refuses to build from %s', (_what, value, segment, message) => {
    expect(refusal(() => workspaceId(value as WorkspaceRef))).toEqual({
      segment,
      message,
    });
  });
});

describe('workspace child ids', () => {
  describe.each(Object.entries(children))('%s', (_kind, [path, child]) => {
    const id = `${WS_ID}${path}`;

    it('builds the id', () => {
      expect(workspaceChildId(ref, child)).toBe(id);
    });

    it('parses the id', () => {
      expect(parseWorkspaceChildId(id)).toEqual({ id, workspace: ref, child });
    });

    it('parses the id with its fixed segments in lower case', () => {
      const lower = `/subscriptions/${SUB}/resourcegroups/workspace-1234/providers/microsoft.machinelearningservices/workspaces/testworkspace${path
        .split('/')
        .map((segment, index) =>
          index % 2 === 1 ? segment.toLowerCase() : segment,
        )
        .join('/')}`;
      expect(lower).not.toBe(id);
      expect(parseWorkspaceChildId(lower)).toEqual({
        id,
        workspace: ref,
        child,
      });
    });

    it('is refused by parseWorkspaceId', () => {
      expect(refusal(() => parseWorkspaceId(id))).toEqual({
        segment: 'id',
        // Values longer than 80 characters are cut short in messages.
        message: `the id has unexpected segments after the workspace name: "${
          path.length > 80 ? `${path.slice(0, 79)}…` : path
        }"`,
      });
    });
  });

  it("parses ids from Microsoft's Azure ML REST API examples", () => {
    const testrg = `/subscriptions/${SUB}/resourceGroups/testrg123/providers/Microsoft.MachineLearningServices/workspaces/workspace123`;
    expect(
      parseWorkspaceChildId(`${testrg}/models/testContainer`).child,
    ).toEqual({
      kind: 'modelContainer',
      modelName: 'testContainer',
    });
    expect(
      parseWorkspaceChildId(`${testrg}/data/datacontainer124`).child,
    ).toEqual({
      kind: 'dataContainer',
      dataName: 'datacontainer124',
    });
  });

  it.each<[string, string, ResourceIdSegment, string]>([
    [
      'a workspace id',
      '',
      'id',
      `the id ends after segment 8 ("testworkspace"); expected a workspace child type: ${CHILD_TYPES}`,
    ],
    [
      'an unsupported child type',
      '/privateEndpointConnections/testprivatelinkconnection',
      'resourceType',
      `resource type "privateEndpointConnections" is not supported in a workspace; expected ${CHILD_TYPES}`,
    ],
    [
      'batch endpoints',
      '/batchEndpoints/nightly',
      'resourceType',
      `resource type "batchEndpoints" is not supported in a workspace; expected ${CHILD_TYPES}`,
    ],
    [
      'an empty child type',
      '//x',
      'resourceType',
      `resource type "" is not supported in a workspace; expected ${CHILD_TYPES}`,
    ],
    [
      'a missing job name',
      '/jobs',
      'id',
      'the id ends after segment 9 ("jobs"); expected the job name',
    ],
    ['an empty job name', '/jobs/', 'jobName', 'job name is empty'],
    [
      'a job name of ".."',
      '/jobs/..',
      'jobName',
      'job name ".." contains "."; only letters, digits, "-" and "_" are allowed',
    ],
    [
      'a segment after a job',
      '/jobs/a/b',
      'id',
      'the id has unexpected segments after the job name: "/b"',
    ],
    [
      'a missing model version',
      '/models/m/versions',
      'id',
      'the id ends after segment 11 ("versions"); expected the model version',
    ],
    [
      'a model label instead of a version',
      '/models/m/labels/latest',
      'id',
      'segment 11 is "labels"; expected "versions"',
    ],
    [
      'a model name of ".."',
      '/models/..',
      'modelName',
      'model name ".." contains ".."',
    ],
    [
      'a model version of ".."',
      '/models/m/versions/..',
      'version',
      'model version ".." contains ".."',
    ],
    [
      'a percent-encoded model name',
      '/models/m%2F1',
      'modelName',
      'model name "m%2F1" contains "%"; only letters, digits, "-", "_" and "." are allowed (percent-encoded ids are not accepted; decode the id first)',
    ],
    [
      'a segment after a model version',
      '/models/m/versions/1/extra',
      'id',
      'the id has unexpected segments after the model version: "/extra"',
    ],
    [
      'an environment version with whitespace',
      '/environments/env/versions/1 2',
      'version',
      'environment version "1 2" contains whitespace',
    ],
    [
      'an endpoint name with an underscore',
      '/onlineEndpoints/my_endpoint',
      'endpointName',
      'online endpoint name "my_endpoint" contains "_"; only letters, digits and "-" are allowed',
    ],
    [
      'a deployment name starting with a digit',
      '/onlineEndpoints/my-endpoint/deployments/1blue',
      'deploymentName',
      'deployment name "1blue" must start with a letter',
    ],
    [
      'an endpoint child other than deployments',
      '/onlineEndpoints/my-endpoint/keys/primary',
      'id',
      'segment 11 is "keys"; expected "deployments"',
    ],
    [
      'a one-letter compute name',
      '/computes/c',
      'computeName',
      'compute name "c" is 1 characters long; it must be 2-24 characters',
    ],
    [
      'a segment after a compute',
      '/computes/cpu-cluster/nodes',
      'id',
      'the id has unexpected segments after the compute name: "/nodes"',
    ],
  ])('refuses %s', (_what, path, segment, message) => {
    expect(refusal(() => parseWorkspaceChildId(`${WS_ID}${path}`))).toEqual({
      segment,
      message,
    });
  });

  it('refuses what is not a string', () => {
    expect(refusal(() => parseWorkspaceChildId(7))).toEqual({
      segment: 'id',
      message: 'the id must be a string, but got number',
    });
  });

  it('refuses a child of another provider', () => {
    expect(
      refusal(() =>
        parseWorkspaceChildId(
          `${PREFIX}/Microsoft.Storage/storageAccounts/testStorageAccount/blobServices/default`,
        ),
      ),
    ).toEqual({
      segment: 'provider',
      message:
        'provider "Microsoft.Storage" is not supported; expected "Microsoft.MachineLearningServices"',
    });
  });

  it.each<[string, unknown, unknown, ResourceIdSegment, string]>([
    [
      'a path smuggled into a job name',
      ref,
      {
        kind: 'job',
        jobName: '../../../providers/Microsoft.Authorization/roleAssignments/x',
      },
      'jobName',
      'job name "../../../providers/Microsoft.Authorization/roleAssignments/x" contains "."; only letters, digits, "-" and "_" are allowed',
    ],
    [
      'a version smuggled into a model name',
      ref,
      { kind: 'modelContainer', modelName: 'm/versions/1' },
      'modelName',
      'model name "m/versions/1" contains "/"; only letters, digits, "-", "_" and "." are allowed',
    ],
    [
      'an unknown kind',
      ref,
      { kind: 'batchEndpoint', endpointName: 'nightly' },
      'resourceType',
      'workspace child kind "batchEndpoint" is not supported; expected one of "job", "modelContainer", "modelVersion", "dataContainer", "dataVersion", "environmentContainer", "environmentVersion", "onlineEndpoint", "onlineDeployment", "compute"',
    ],
    [
      'a missing kind',
      ref,
      { jobName: 'x' },
      'resourceType',
      'workspace child kind undefined is not supported; expected one of "job", "modelContainer", "modelVersion", "dataContainer", "dataVersion", "environmentContainer", "environmentVersion", "onlineEndpoint", "onlineDeployment", "compute"',
    ],
    [
      'a missing version',
      ref,
      { kind: 'modelVersion', modelName: 'm' },
      'version',
      'model version must be a string, but got undefined',
    ],
    [
      'a child that is not an object',
      ref,
      'jobs/x',
      'id',
      'the workspace child reference must be an object, but got string',
    ],
    [
      'a bad workspace, checked before the child',
      { ...ref, workspaceName: 'w' },
      { kind: 'job', jobName: '..' },
      'workspaceName',
      'workspace name "w" is 1 characters long; it must be 3-33 characters',
    ],
  ])(
    'refuses to build from %s',
    (_what, workspace, child, segment, message) => {
      expect(
        refusal(() =>
          workspaceChildId(
            workspace as WorkspaceRef,
            child as WorkspaceChildRef,
          ),
        ),
      ).toEqual({ segment, message });
    },
  );
});
