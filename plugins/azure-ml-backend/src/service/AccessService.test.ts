/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuthorizationManagementClient } from '@azure/arm-authorization';
import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';
import { RestError, createHttpHeaders } from '@azure/core-rest-pipeline';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AccessService } from './AccessService';
import { ArmPageToken } from './ArmPageToken';
import type { DelegatedAzureMlClient } from './AzureMlClients';
import { CatalogEntityRefs } from './CatalogEntityRefs';
import { WorkspaceSession } from './WorkspaceSession';

// Failures the emulator does not produce on the permissions read, against
// a fake Microsoft.Authorization client; the rest is tested against the
// emulator in accessRoutes.test.ts.

const WORKSPACE = {
  subscriptionId: '00000000-0000-4000-8000-000000000001',
  resourceGroup: 'rg-vision',
  workspaceName: 'mlw-vision',
};
const WORKSPACE_ID = `/subscriptions/${WORKSPACE.subscriptionId}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision`;
const ML = 'Microsoft.MachineLearningServices/workspaces';
const CANCEL = `${ML}/jobs/cancel/action`;
const CORRELATION_ID = '0f6c1a52-4b55-4c1e-9d1a-3f3c2c2a9e01';

function resourceEntity(name: string, resourceId: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [AZURE_ML_RESOURCE_ID_ANNOTATION]: resourceId },
    },
    spec: { type: 'azure-ml-workspace', owner: 'group:default/team-vision' },
  };
}

function armError(statusCode: number, code: string, message: string) {
  return new RestError(message, {
    statusCode,
    code,
    response: {
      status: statusCode,
      headers: createHttpHeaders({
        'x-ms-correlation-request-id': CORRELATION_ID,
      }),
      request: {} as never,
    },
  });
}

/** A session whose Microsoft.Authorization calls fail with `error`. */
function sessionFailingWith(error: Error) {
  const listForResource = jest.fn(() => ({
    [Symbol.asyncIterator]: () => ({
      next: () => Promise.reject(error),
    }),
  }));
  const azure = {
    authorization: {
      permissions: { listForResource },
    } as unknown as AuthorizationManagementClient,
    invalidateToken: jest.fn(),
  } as unknown as DelegatedAzureMlClient;
  const session = new WorkspaceSession({
    user: {} as ValidatedUserToken,
    workspace: WORKSPACE,
    tenantId: '11111111-0000-4000-8000-000000000001',
    azure,
    pageTokens: new ArmPageToken('https://management.azure.com'),
    studio: 'https://ml.azure.com',
  });
  return { session, listForResource };
}

function accessService() {
  return new AccessService({
    permissions: mockServices.permissions(),
    entityRefs: new CatalogEntityRefs({
      catalog: catalogServiceMock({
        entities: [
          resourceEntity('mlw-vision', WORKSPACE_ID),
          resourceEntity('ep-gone', `${WORKSPACE_ID}/onlineEndpoints/ep-gone`),
        ],
      }),
      auth: mockServices.auth(),
    }),
  });
}

describe('AccessService', () => {
  it('refuses every action when Azure answers 403 to the permissions read, in Azure’s words', async () => {
    const { session, listForResource } = sessionFailingWith(
      armError(
        403,
        'AuthorizationFailed',
        `The client 'bob@contoso.onmicrosoft.com' with object id '22222222-0000-4000-8000-000000000002' does not have authorization to perform action 'Microsoft.Authorization/permissions/read' over scope '${WORKSPACE_ID}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      ),
    );
    const access = await accessService().check(
      session,
      mockCredentials.user(),
      { entity: 'workspace', id: WORKSPACE_ID },
    );
    const refusal = `Azure RBAC denied action 'Microsoft.Authorization/permissions/read' on scope '${WORKSPACE_ID}': Read your Azure permissions on workspace mlw-vision needs a role assignment that grants this action; ask an owner of the scope for access (AuthorizationFailed, correlation id ${CORRELATION_ID})`;
    expect(access).toEqual({
      scope: WORKSPACE_ID,
      features: [
        ['job.cancel', CANCEL],
        ['job.submit', `${ML}/jobs/write`],
        ['data.register', `${ML}/data/write`],
        ['model.register', `${ML}/models/write`],
        ['environment.create', `${ML}/environments/write`],
      ].map(([feature, action]) => ({
        feature,
        allowed: false,
        denial: {
          side: 'azure',
          action,
          scope: WORKSPACE_ID,
          message: refusal,
        },
      })),
    });
    expect(listForResource).toHaveBeenCalledTimes(1);
    expect(listForResource).toHaveBeenCalledWith(
      'rg-vision',
      'Microsoft.MachineLearningServices',
      '',
      'workspaces',
      'mlw-vision',
    );
  });

  it('maps other failures of the read like every Azure call', async () => {
    const { session, listForResource } = sessionFailingWith(
      armError(
        404,
        'ResourceNotFound',
        "The Resource 'Microsoft.MachineLearningServices/workspaces/mlw-vision/onlineEndpoints/ep-gone' under resource group 'rg-vision' was not found.",
      ),
    );
    await expect(
      accessService().check(session, mockCredentials.user(), {
        entity: 'onlineEndpoint',
        id: `${WORKSPACE_ID}/onlineEndpoints/ep-gone`,
        endpointName: 'ep-gone',
      }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: `Read your Azure permissions on online endpoint ep-gone failed: Azure answered 404: The Resource 'Microsoft.MachineLearningServices/workspaces/mlw-vision/onlineEndpoints/ep-gone' under resource group 'rg-vision' was not found. (ResourceNotFound, correlation id ${CORRELATION_ID})`,
    });
    expect(listForResource).toHaveBeenCalledWith(
      'rg-vision',
      'Microsoft.MachineLearningServices',
      'workspaces/mlw-vision',
      'onlineEndpoints',
      'ep-gone',
    );
  });
});
