/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { notGranted, unusedActions } from './comparePrivileges';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const DATA_SCIENTIST = {
  actions: [
    `${ML}/*/read`,
    `${ML}/*/action`,
    `${ML}/*/delete`,
    `${ML}/*/write`,
  ],
  notActions: [`${ML}/delete`, `${ML}/write`, `${ML}/computes/*/write`],
};

describe('unusedActions', () => {
  it('names the concrete actions of the matrix a role grants and nobody used, and its wildcard patterns nothing used matched', () => {
    expect(
      unusedActions(
        [DATA_SCIENTIST],
        [`${ML}/jobs/cancel/action`, `${ML}/models/versions/write`],
      ),
    ).toEqual([
      `${ML}/codes/versions/write`,
      `${ML}/codes/write`,
      `${ML}/data/versions/write`,
      `${ML}/data/write`,
      `${ML}/datastores/listsecrets/action`,
      `${ML}/environments/versions/write`,
      `${ML}/environments/write`,
      `${ML}/jobs/write`,
      `${ML}/models/write`,
      `${ML}/onlineEndpoints/deployments/write`,
      `${ML}/onlineEndpoints/write`,
    ]);
    // Used writes only: the `*/action` pattern went unused as a whole.
    expect(unusedActions([DATA_SCIENTIST], [`${ML}/jobs/write`])).toContain(
      `${ML}/*/action`,
    );
  });

  it('compares in any case, and names a concrete action a role lists in its canonical spelling', () => {
    const role = {
      actions: [
        'microsoft.machinelearningservices/workspaces/jobs/cancel/action',
        `${ML}/onlineEndpoints/write`,
      ],
    };
    expect(unusedActions([role], [`${ML}/ONLINEENDPOINTS/write`])).toEqual([
      `${ML}/jobs/cancel/action`,
    ]);
  });

  it('leaves out reads, deletes, other providers and what notActions take back', () => {
    expect(
      unusedActions(
        [
          {
            actions: ['*/read', `${ML}/*/delete`, 'Microsoft.Storage/*'],
          },
          { actions: [`${ML}/jobs/write`], notActions: [`${ML}/jobs/*`] },
        ],
        [],
      ),
    ).toEqual([]);
  });
});

describe('notGranted', () => {
  it('names the used actions no permission set grants, as Azure evaluates them', () => {
    expect(
      notGranted(
        [
          { actions: [`${ML}/computes/*`] },
          { actions: [`${ML}/*/write`], notActions: [`${ML}/data/*`] },
        ],
        [
          `${ML}/computes/start/action`,
          `${ML}/data/versions/write`,
          `${ML}/models/versions/write`,
          `${ML}/jobs/cancel/action`,
        ],
      ),
    ).toEqual([`${ML}/data/versions/write`, `${ML}/jobs/cancel/action`]);
  });
});
