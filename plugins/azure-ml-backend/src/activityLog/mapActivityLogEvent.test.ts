/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EventData } from '@azure/arm-monitor';
import { mapActivityLogEvent, workspaceIdOf } from './mapActivityLogEvent';

const WORKSPACE =
  '/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';
const OID = '11111111-0000-4000-8000-000000000001';
const TID = '22222222-0000-4000-8000-000000000001';

/** An event shaped as Azure Monitor returns it (after the SDK's deserializer). */
function azureEvent(overrides: Partial<Record<keyof EventData, unknown>> = {}) {
  return {
    eventDataId: 'e1d2c3b4-0000-4000-8000-000000000001',
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    operationId: '0b0b0b0b-0000-4000-8000-000000000001',
    eventTimestamp: new Date('2026-03-01T10:00:00.000Z'),
    caller: 'alice@contoso.onmicrosoft.com',
    claims: {
      'http://schemas.microsoft.com/identity/claims/objectidentifier': OID,
      'http://schemas.microsoft.com/identity/claims/tenantid': TID,
      appid: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
    },
    operationName: {
      value: 'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
    },
    category: { value: 'Administrative' },
    status: { value: 'Accepted' },
    subStatus: { value: 'Accepted' },
    resourceId: `${WORKSPACE}/jobs/train-42`,
    subscriptionId: '00000000-0000-4000-8000-000000000001',
    tenantId: TID,
    httpRequest: {
      clientRequestId: 'req-1',
      clientIpAddress: '203.0.113.7',
      method: 'POST',
    },
    authorization: {
      action: 'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
      scope: `${WORKSPACE}/jobs/train-42`,
    },
    properties: { statusCode: 'Accepted' },
    ...overrides,
  } as EventData;
}

describe('mapActivityLogEvent', () => {
  it('maps an accepted cancel to a succeeded job.cancel of the job, in its workspace, keyed by eventDataId', () => {
    expect(mapActivityLogEvent(azureEvent())).toEqual({
      source: 'azure-activity-log',
      externalId: 'e1d2c3b4-0000-4000-8000-000000000001',
      time: new Date('2026-03-01T10:00:00.000Z'),
      actor: {
        service: 'alice@contoso.onmicrosoft.com',
        objectId: OID,
        tenantId: TID,
      },
      action: 'job.cancel',
      targetResourceId: `${WORKSPACE}/jobs/train-42`,
      workspaceId: WORKSPACE,
      outcome: 'succeeded',
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      clientIp: '203.0.113.7',
      parameters: {
        operationName:
          'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
        status: 'Accepted',
        subStatus: 'Accepted',
        category: 'Administrative',
        subscriptionId: '00000000-0000-4000-8000-000000000001',
        operationId: '0b0b0b0b-0000-4000-8000-000000000001',
        clientRequestId: 'req-1',
        httpMethod: 'POST',
        appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
        authorizationAction:
          'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
      },
    });
  });

  it.each([
    [
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write',
      'endpoint.traffic.update',
    ],
    [
      'microsoft.machinelearningservices/workspaces/onlineendpoints/write',
      'endpoint.traffic.update',
    ],
    [
      'Microsoft.MachineLearningServices/workspaces/models/versions/write',
      'model.register',
    ],
    [
      'Microsoft.MachineLearningServices/workspaces/data/versions/write',
      'data.register',
    ],
    ['Microsoft.MachineLearningServices/workspaces/jobs/write', 'job.submit'],
    [
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/delete',
      'azure.activity',
    ],
    [
      'Microsoft.MachineLearningServices/workspaces/computes/start/action',
      'azure.activity',
    ],
  ])('maps the operation %s to %s, keeping its name', (operation, action) => {
    const record = mapActivityLogEvent(
      azureEvent({ operationName: { value: operation } }),
    );
    expect(record?.action).toBe(action);
    expect(record?.parameters?.operationName).toBe(operation);
  });

  it('maps Started to initiated and Succeeded to succeeded', () => {
    expect(
      mapActivityLogEvent(azureEvent({ status: { value: 'Started' } }))
        ?.outcome,
    ).toBe('initiated');
    expect(
      mapActivityLogEvent(azureEvent({ status: { value: 'Succeeded' } }))
        ?.outcome,
    ).toBe('succeeded');
  });

  it("maps Azure's AuthorizationFailed to denied by Azure, with Azure's message", () => {
    const record = mapActivityLogEvent(
      azureEvent({
        status: { value: 'Failed' },
        subStatus: { value: 'Forbidden' },
        properties: {
          statusCode: 'Forbidden',
          statusMessage: JSON.stringify({
            error: {
              code: 'AuthorizationFailed',
              message:
                "The client 'bob' does not have authorization to perform action 'x' over scope 'y'",
            },
          }),
        },
      }),
    );
    expect(record).toMatchObject({
      outcome: 'denied',
      deniedBy: 'azure',
      errorCode: 'AuthorizationFailed',
      message:
        "The client 'bob' does not have authorization to perform action 'x' over scope 'y'",
    });
  });

  it('maps a Forbidden without an error body (as the emulator records it) to denied by Azure', () => {
    const record = mapActivityLogEvent(
      azureEvent({
        status: { value: 'Failed' },
        subStatus: { value: 'Forbidden' },
        properties: { statusCode: '403' },
      }),
    );
    expect(record).toMatchObject({
      outcome: 'denied',
      deniedBy: 'azure',
      errorCode: 'AuthorizationFailed',
      message: 'Azure reported the operation Failed (Forbidden)',
    });
  });

  it("maps other failures to failed with Azure's code", () => {
    expect(
      mapActivityLogEvent(
        azureEvent({
          status: { value: 'Failed' },
          subStatus: { value: 'Conflict' },
          properties: {
            statusCode: 'Conflict',
            statusMessage:
              '{"error":{"code":"UserError","message":"Job is already completed"}}',
          },
        }),
      ),
    ).toMatchObject({
      outcome: 'failed',
      errorCode: 'UserError',
      message: 'Job is already completed',
    });
    expect(
      mapActivityLogEvent(
        azureEvent({
          status: { value: 'Failed' },
          subStatus: { value: 'Conflict' },
          properties: {},
        }),
      ),
    ).toMatchObject({ outcome: 'failed', errorCode: 'Conflict' });
    expect(
      mapActivityLogEvent(
        azureEvent({ status: { value: 'Canceled' }, subStatus: undefined }),
      ),
    ).toMatchObject({ outcome: 'failed', errorCode: 'Canceled' });
  });

  it("takes the object id from the short claim, and the event's tenant when the token has none", () => {
    const record = mapActivityLogEvent(
      azureEvent({
        caller: 'app-client-id',
        claims: { oid: OID, appid: 'app-client-id' },
      }),
    );
    expect(record?.actor).toEqual({
      service: 'app-client-id',
      objectId: OID,
      tenantId: TID,
    });
  });

  it('skips an event without an id or time, which could not be imported only once', () => {
    expect(
      mapActivityLogEvent(azureEvent({ eventDataId: undefined })),
    ).toBeUndefined();
    expect(
      mapActivityLogEvent(azureEvent({ eventTimestamp: undefined })),
    ).toBeUndefined();
  });
});

describe('workspaceIdOf', () => {
  it('finds the workspace of a resource in it, canonically spelled', () => {
    expect(
      workspaceIdOf(
        '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-vision/providers/microsoft.machinelearningservices/workspaces/mlw-vision/onlineEndpoints/ep/deployments/blue',
      ),
    ).toBe(WORKSPACE);
    expect(workspaceIdOf(WORKSPACE)).toBe(WORKSPACE);
  });

  it('finds none for resources outside a workspace', () => {
    expect(
      workspaceIdOf(
        '/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/registries/shared',
      ),
    ).toBeUndefined();
    expect(
      workspaceIdOf('/subscriptions/00000000-0000-4000-8000-000000000001'),
    ).toBeUndefined();
  });
});
