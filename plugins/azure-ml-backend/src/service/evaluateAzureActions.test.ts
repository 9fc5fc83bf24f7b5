/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { evaluateAzureActions } from './evaluateAzureActions';

const CANCEL =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const ENDPOINT_WRITE =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write';

describe('evaluateAzureActions', () => {
  it('grants an action listed exactly', () => {
    expect(evaluateAzureActions([{ actions: [CANCEL] }], [CANCEL])).toEqual([]);
  });

  it('returns the missing actions, in the order asked', () => {
    expect(
      evaluateAzureActions(
        [{ actions: [CANCEL] }],
        [
          ENDPOINT_WRITE,
          CANCEL,
          'Microsoft.Compute/virtualMachines/start/action',
        ],
      ),
    ).toEqual([
      ENDPOINT_WRITE,
      'Microsoft.Compute/virtualMachines/start/action',
    ]);
  });

  it('refuses everything without any permission set, or with empty ones', () => {
    expect(evaluateAzureActions([], [CANCEL])).toEqual([CANCEL]);
    expect(
      evaluateAzureActions([{ actions: [], notActions: [] }, {}], [CANCEL]),
    ).toEqual([CANCEL]);
  });

  it('lets `*` match any characters, slashes included', () => {
    const missing = (pattern: string) =>
      evaluateAzureActions([{ actions: [pattern] }], [CANCEL]);
    expect(missing('*')).toEqual([]);
    expect(missing('Microsoft.MachineLearningServices/*')).toEqual([]);
    expect(
      missing('Microsoft.MachineLearningServices/workspaces/*/action'),
    ).toEqual([]);
    expect(missing('*/cancel/action')).toEqual([]);
    // Reader: everything that ends in /read, and nothing else.
    expect(missing('*/read')).toEqual([CANCEL]);
    expect(
      missing('Microsoft.MachineLearningServices/workspaces/*/read'),
    ).toEqual([CANCEL]);
  });

  it('takes everything else in a pattern literally', () => {
    expect(
      evaluateAzureActions(
        [
          {
            actions: [
              'Microsoft.MachineLearningServices/workspaces/jobs/cancel.action',
            ],
          },
        ],
        [CANCEL],
      ),
    ).toEqual([CANCEL]);
    expect(
      evaluateAzureActions(
        [{ actions: ['Microsoft.MachineLearningServices/workspaces/jobs'] }],
        [CANCEL],
      ),
    ).toEqual([CANCEL]);
  });

  it('compares case-insensitively, in patterns and in notActions', () => {
    expect(
      evaluateAzureActions(
        [{ actions: ['microsoft.machinelearningservices/WORKSPACES/*'] }],
        [CANCEL],
      ),
    ).toEqual([]);
    expect(
      evaluateAzureActions(
        [
          {
            actions: ['*'],
            notActions: ['MICROSOFT.MACHINELEARNINGSERVICES/*/CANCEL/ACTION'],
          },
        ],
        [CANCEL],
      ),
    ).toEqual([CANCEL]);
  });

  it('subtracts notActions from the actions of the same set', () => {
    // AzureML Data Scientist, as Azure defines it.
    const dataScientist = {
      actions: [
        'Microsoft.MachineLearningServices/workspaces/*/read',
        'Microsoft.MachineLearningServices/workspaces/*/action',
        'Microsoft.MachineLearningServices/workspaces/*/delete',
        'Microsoft.MachineLearningServices/workspaces/*/write',
      ],
      notActions: [
        'Microsoft.MachineLearningServices/workspaces/delete',
        'Microsoft.MachineLearningServices/workspaces/write',
        'Microsoft.MachineLearningServices/workspaces/computes/*/write',
        'Microsoft.MachineLearningServices/workspaces/computes/*/delete',
        'Microsoft.MachineLearningServices/workspaces/computes/listKeys/action',
        'Microsoft.MachineLearningServices/workspaces/listKeys/action',
        'Microsoft.MachineLearningServices/workspaces/hubs/write',
        'Microsoft.MachineLearningServices/workspaces/hubs/delete',
        'Microsoft.MachineLearningServices/workspaces/featurestores/write',
        'Microsoft.MachineLearningServices/workspaces/featurestores/delete',
      ],
    };
    // Granted by workspaces/*/action, taken back by its notActions.
    const listKeys =
      'Microsoft.MachineLearningServices/workspaces/listKeys/action';
    expect(
      evaluateAzureActions([dataScientist], [CANCEL, ENDPOINT_WRITE, listKeys]),
    ).toEqual([listKeys]);
    expect(
      evaluateAzureActions(
        [{ actions: dataScientist.actions }],
        [CANCEL, ENDPOINT_WRITE, listKeys],
      ),
    ).toEqual([]);
  });

  it("does not let one role's notActions take away another role's grant", () => {
    const everythingButCancel = {
      actions: ['*'],
      notActions: ['*/cancel/action'],
    };
    expect(evaluateAzureActions([everythingButCancel], [CANCEL])).toEqual([
      CANCEL,
    ]);
    expect(
      evaluateAzureActions(
        [everythingButCancel, { actions: [CANCEL], notActions: [] }],
        [CANCEL],
      ),
    ).toEqual([]);
  });
});
