/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureActionsOfEvent } from './azureActionsOfEvent';

const ML = 'Microsoft.MachineLearningServices/workspaces';

const event = (overrides: Partial<AzureMlAuditEvent>): AzureMlAuditEvent => ({
  sequence: 1,
  id: 'e1',
  time: '2026-04-01T00:00:00.000Z',
  actor: { objectId: 'o1' },
  action: 'azure.activity',
  parameters: {},
  outcome: 'succeeded',
  source: 'portal',
  previousHash: '',
  hash: '',
  ...overrides,
});

describe('azureActionsOfEvent', () => {
  it('gives a portal or template action the writes of its row of the matrix', () => {
    expect(azureActionsOfEvent(event({ action: 'job.cancel' }))).toEqual([
      `${ML}/jobs/cancel/action`,
    ]);
    expect(
      azureActionsOfEvent(
        event({ action: 'data.register', source: 'scaffolder' }),
      ),
    ).toEqual([`${ML}/data/write`, `${ML}/data/versions/write`]);
    expect(azureActionsOfEvent(event({ action: 'template.run' }))).toEqual([]);
  });

  it('gives an Activity Log event the operation Azure authorized, in Azure’s spelling', () => {
    expect(
      azureActionsOfEvent(
        event({
          source: 'azure-activity-log',
          action: 'endpoint.traffic.update',
          parameters: {
            operationName: `${ML}/onlineendpoints/write`,
            authorizationAction:
              'microsoft.machinelearningservices/workspaces/onlineendpoints/write',
          },
        }),
      ),
    ).toEqual([`${ML}/onlineEndpoints/write`]);
    expect(
      azureActionsOfEvent(
        event({
          source: 'azure-activity-log',
          parameters: {
            operationName: 'Microsoft.Authorization/roleAssignments/write',
          },
        }),
      ),
    ).toEqual(['Microsoft.Authorization/roleAssignments/write']);
    expect(
      azureActionsOfEvent(
        event({ source: 'azure-activity-log', parameters: {} }),
      ),
    ).toEqual([]);
  });

  it('gives catalog refreshes none', () => {
    expect(
      azureActionsOfEvent(
        event({ source: 'catalog', action: 'catalog.refresh' }),
      ),
    ).toEqual([]);
  });
});
