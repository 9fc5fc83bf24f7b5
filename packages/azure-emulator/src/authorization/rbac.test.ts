/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createDemoState } from '../demo/demoEstate';
import { demoIds } from '../testing/demoIds';
import { actionMatches, isAllowed, scopeContains } from './rbac';

const ML = 'Microsoft.MachineLearningServices/workspaces';

describe('RBAC evaluation', () => {
  const state = createDemoState({
    baseUrl: 'https://localhost:1',
    epochMs: Date.UTC(2026, 0, 1),
  });
  const vision = demoIds.workspace('vision');
  const nlp = demoIds.workspace('nlp');
  const job = `${vision.id}/jobs/some-job`;

  it('matches action patterns as Azure does: wildcards span slashes, case-insensitive', () => {
    expect(actionMatches('*', 'Microsoft.Foo/bar/read')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.Foo/bar/read')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.Foo/bar/write')).toBe(false);
    expect(actionMatches(`${ML}/*/action`, `${ML}/jobs/cancel/action`)).toBe(
      true,
    );
    expect(
      actionMatches(
        'microsoft.machinelearningservices/WORKSPACES/*/read',
        `${ML}/jobs/read`,
      ),
    ).toBe(true);
    expect(actionMatches(`${ML}/computes/*`, `${ML}/jobs/read`)).toBe(false);
    expect(actionMatches('Microsoft.Foo/a.b', 'Microsoft.Foo/aXb')).toBe(false);
  });

  it('inherits assignments down scopes on segment boundaries only', () => {
    expect(
      scopeContains('/subscriptions/s1', '/subscriptions/s1/resourceGroups/rg'),
    ).toBe(true);
    expect(
      scopeContains(
        '/subscriptions/s1/resourceGroups/rg',
        '/subscriptions/s1/resourceGroups/rg2',
      ),
    ).toBe(false);
    expect(scopeContains('/SUBSCRIPTIONS/s1', '/subscriptions/S1')).toBe(true);
  });

  it('grants a data scientist job actions through a group, but not workspace writes', () => {
    const bob = demoIds.user('bob');
    expect(isAllowed(state, bob, `${ML}/jobs/cancel/action`, job)).toBe(true);
    expect(isAllowed(state, bob, `${ML}/jobs/write`, job)).toBe(true);
    expect(isAllowed(state, bob, `${ML}/write`, vision.id)).toBe(false);
    // The role's notActions take back the workspace itself.
    expect(isAllowed(state, bob, `${ML}/delete`, vision.id)).toBe(false);
    // In rg-nlp he is a Reader: he sees team-nlp's jobs but cannot cancel them.
    expect(isAllowed(state, bob, `${ML}/jobs/read`, `${nlp.id}/jobs/x`)).toBe(
      true,
    );
    expect(
      isAllowed(state, bob, `${ML}/jobs/cancel/action`, `${nlp.id}/jobs/x`),
    ).toBe(false);
  });

  it('lets a reader read and nothing else, and a newcomer nothing at all', () => {
    const dave = demoIds.user('dave');
    expect(isAllowed(state, dave, `${ML}/jobs/read`, job)).toBe(true);
    expect(isAllowed(state, dave, `${ML}/jobs/cancel/action`, job)).toBe(false);
    expect(isAllowed(state, demoIds.user('erin'), `${ML}/jobs/read`, job)).toBe(
      false,
    );
  });

  it('combines roles: a compute operator on the workspace may write computes there', () => {
    const frank = demoIds.user('frank');
    expect(
      isAllowed(
        state,
        frank,
        `${ML}/computes/write`,
        `${vision.id}/computes/c`,
      ),
    ).toBe(true);
    expect(
      isAllowed(state, demoIds.user('carol'), `${ML}/jobs/read`, job),
    ).toBe(true);
    expect(
      isAllowed(state, demoIds.user('carol'), `${ML}/jobs/cancel/action`, job),
    ).toBe(false);
  });

  it("keeps an owner's rights and applies Contributor's notActions", () => {
    const alice = demoIds.user('alice');
    const assignments = `/subscriptions/${vision.subscriptionId}/providers/Microsoft.Authorization/roleAssignments/x`;
    expect(
      isAllowed(
        state,
        alice,
        'Microsoft.Authorization/roleAssignments/write',
        assignments,
      ),
    ).toBe(true);
    state.roleAssignments.push({
      name: 'test',
      scope: `/subscriptions/${vision.subscriptionId}`,
      roleDefinitionId: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
      principalId: demoIds.user('erin'),
      principalType: 'User',
      createdOn: '2026-01-01T00:00:00Z',
    });
    const erin = demoIds.user('erin');
    expect(isAllowed(state, erin, `${ML}/jobs/cancel/action`, job)).toBe(true);
    expect(
      isAllowed(
        state,
        erin,
        'Microsoft.Authorization/roleAssignments/write',
        assignments,
      ),
    ).toBe(false);
    expect(
      isAllowed(
        state,
        erin,
        'Microsoft.Authorization/roleAssignments/delete',
        assignments,
      ),
    ).toBe(false);
  });
});
