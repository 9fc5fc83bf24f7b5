/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlPortalFeature } from '@azure-ml-backstage/plugin-azure-ml-common';
import { accessDrift, PRIVILEGED_AZURE_ACTIONS } from './accessDrift';

const ML = 'Microsoft.MachineLearningServices/workspaces';

// Built-in roles' control-plane permissions, as Azure defines them.
const owner = { id: 'owner', permissions: [{ actions: ['*'] }] };
const reader = { id: 'reader', permissions: [{ actions: ['*/read'] }] };
const contributor = {
  id: 'contributor',
  permissions: [
    {
      actions: ['*'],
      notActions: [
        'Microsoft.Authorization/*/Delete',
        'Microsoft.Authorization/*/Write',
        'Microsoft.Authorization/elevateAccess/Action',
      ],
    },
  ],
};
const jobOperator = {
  id: 'job-operator',
  permissions: [{ actions: [`${ML}/jobs/*`] }],
};

const MATRIX_WRITES = [
  `${ML}/jobs/cancel/action`,
  `${ML}/jobs/write`,
  `${ML}/codes/write`,
  `${ML}/codes/versions/write`,
  `${ML}/datastores/listsecrets/action`,
  `${ML}/data/write`,
  `${ML}/data/versions/write`,
  `${ML}/models/write`,
  `${ML}/models/versions/write`,
  `${ML}/environments/write`,
  `${ML}/environments/versions/write`,
  `${ML}/onlineEndpoints/write`,
  `${ML}/onlineEndpoints/deployments/write`,
];
const ALL_FEATURES: AzureMlPortalFeature[] = [
  'job.cancel',
  'job.submit',
  'data.register',
  'model.register',
  'environment.create',
  'endpoint.traffic.update',
  'endpoint.deployment.create',
];

describe('accessDrift', () => {
  it('finds no matrix excess for an Owner who needs every feature, only the privileged writes', () => {
    const { drift, onlyExcess } = accessDrift(ALL_FEATURES, [owner]);
    expect(drift).toEqual({
      missing: [],
      excess: PRIVILEGED_AZURE_ACTIONS.map(action => ({
        action,
        grantedBy: ['owner'],
      })),
    });
    expect(onlyExcess).toEqual(new Set());
  });

  it('finds every write excess when no feature is allowed, and marks the assignment as granting only excess', () => {
    const { drift, onlyExcess } = accessDrift([], [contributor]);
    expect(drift.missing).toEqual([]);
    expect(drift.excess.map(e => e.action)).toEqual([
      ...MATRIX_WRITES,
      // Contributor's notActions take role assignments back.
      ...PRIVILEGED_AZURE_ACTIONS.filter(
        a => a !== 'Microsoft.Authorization/roleAssignments/write',
      ),
    ]);
    expect(onlyExcess).toEqual(new Set(['contributor']));
  });

  it('names the missing actions of each allowed feature, with the features that need them', () => {
    const { drift, onlyExcess } = accessDrift(
      ['job.cancel', 'job.submit'],
      [reader],
    );
    expect(drift).toEqual({
      excess: [],
      missing: [
        { action: `${ML}/jobs/cancel/action`, features: ['job.cancel'] },
        { action: `${ML}/jobs/write`, features: ['job.submit'] },
        { action: `${ML}/codes/write`, features: ['job.submit'] },
        { action: `${ML}/codes/versions/write`, features: ['job.submit'] },
        {
          action: `${ML}/datastores/listsecrets/action`,
          features: ['job.submit'],
        },
      ],
    });
    // A Reader grants no write, so it is never "only excess".
    expect(onlyExcess).toEqual(new Set());
  });

  it("does not let one role's notActions take back another role's grant", () => {
    const noCancel = {
      id: 'no-cancel',
      permissions: [
        { actions: [`${ML}/*`], notActions: [`${ML}/jobs/cancel/action`] },
      ],
    };
    const { drift } = accessDrift(['job.cancel'], [noCancel, jobOperator]);
    expect(drift.missing).toEqual([]);
    expect(
      drift.excess.find(e => e.action === `${ML}/jobs/write`)?.grantedBy,
    ).toEqual(['no-cancel', 'job-operator']);
  });

  it('keeps an assignment that grants a needed action, even when it grants excess too', () => {
    const { onlyExcess } = accessDrift(['job.cancel'], [jobOperator, owner]);
    expect(onlyExcess).toEqual(new Set());
    const { onlyExcess: withoutNeed } = accessDrift(
      ['endpoint.traffic.update'],
      [jobOperator, owner],
    );
    expect(withoutNeed).toEqual(new Set(['job-operator']));
  });
});
