/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceChildRefSchema,
  workspaceRefSchema,
} from './resourceRefSchemas';
import {
  workspaceChildId,
  type WorkspaceChildRef,
  type WorkspaceRef,
} from './resourceIds';

const ref: WorkspaceRef = {
  subscriptionId: '00000000-1111-2222-3333-444444444444',
  resourceGroup: 'workspace-1234',
  workspaceName: 'testworkspace',
};

function issues(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  expect(result.success).toBe(false);
  return result.error!.issues.map(issue => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
}

describe('workspaceRefSchema', () => {
  it('accepts a valid reference and returns it unchanged', () => {
    expect(workspaceRefSchema.parse(ref)).toEqual(ref);
  });

  it('reports every wrong field with the same words as the id functions', () => {
    expect(
      issues(
        workspaceRefSchema.safeParse({
          subscriptionId: 'sub',
          resourceGroup: 'rg.',
          workspaceName: 'a/b',
        }),
      ),
    ).toEqual([
      {
        path: 'subscriptionId',
        message:
          'subscription id "sub" must be a GUID such as 00000000-0000-0000-0000-000000000000',
      },
      {
        path: 'resourceGroup',
        message: 'resource group name "rg." must not end with "."',
      },
      {
        path: 'workspaceName',
        message:
          'workspace name "a/b" contains "/"; only letters, digits, "_" and "-" are allowed',
      },
    ]);
  });

  it('refuses missing fields, wrong types and unknown keys', () => {
    const result = issues(
      workspaceRefSchema.safeParse({
        subscriptionId: ref.subscriptionId,
        resourceGroup: 12,
        workspace: 'testworkspace',
      }),
    );
    expect(result.map(issue => issue.path)).toEqual([
      'resourceGroup',
      'workspaceName',
      '',
    ]);
    expect(result[2].message).toBe('Unrecognized key: "workspace"');
  });

  it('refuses what is not an object', () => {
    expect(workspaceRefSchema.safeParse('testworkspace').success).toBe(false);
    expect(workspaceRefSchema.safeParse(null).success).toBe(false);
  });
});

describe('workspaceChildRefSchema', () => {
  const valid: WorkspaceChildRef[] = [
    { kind: 'job', jobName: 'sharp_lamp_1' },
    { kind: 'modelContainer', modelName: 'iris-classifier' },
    { kind: 'modelVersion', modelName: 'iris-classifier', version: '3' },
    { kind: 'dataContainer', dataName: 'iris' },
    { kind: 'dataVersion', dataName: 'iris', version: '1' },
    { kind: 'environmentContainer', environmentName: 'sklearn-cpu' },
    {
      kind: 'environmentVersion',
      environmentName: 'sklearn-cpu',
      version: '2',
    },
    { kind: 'onlineEndpoint', endpointName: 'iris-endpoint' },
    {
      kind: 'onlineDeployment',
      endpointName: 'iris-endpoint',
      deploymentName: 'blue',
    },
    { kind: 'compute', computeName: 'cpu-cluster' },
  ];

  it.each(valid.map(child => [child.kind, child] as const))(
    'accepts a %s and agrees with workspaceChildId',
    (_kind, child) => {
      expect(workspaceChildRefSchema.parse(child)).toEqual(child);
      expect(() => workspaceChildId(ref, child)).not.toThrow();
    },
  );

  it('reports a name Azure does not allow', () => {
    expect(
      issues(
        workspaceChildRefSchema.safeParse({
          kind: 'onlineDeployment',
          endpointName: 'iris-endpoint',
          deploymentName: '1blue',
        }),
      ),
    ).toEqual([
      {
        path: 'deploymentName',
        message: 'deployment name "1blue" must start with a letter',
      },
    ]);
  });

  it('refuses "..", "%" and "/" in names', () => {
    expect(
      issues(
        workspaceChildRefSchema.safeParse({
          kind: 'modelVersion',
          modelName: 'a..b',
          version: '1%2F2',
        }),
      ).map(issue => issue.path),
    ).toEqual(['modelName', 'version']);
    expect(
      workspaceChildRefSchema.safeParse({ kind: 'job', jobName: 'a/b' })
        .success,
    ).toBe(false);
  });

  it('refuses an unknown kind', () => {
    expect(
      issues(
        workspaceChildRefSchema.safeParse({
          kind: 'batchEndpoint',
          endpointName: 'nightly',
        }),
      ).map(issue => issue.path),
    ).toEqual(['kind']);
  });

  it('refuses fields of another kind', () => {
    expect(
      issues(
        workspaceChildRefSchema.safeParse({
          kind: 'job',
          jobName: 'sharp_lamp_1',
          version: '1',
        }),
      ),
    ).toEqual([{ path: '', message: 'Unrecognized key: "version"' }]);
  });
});
