/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { azureMlEntityContentExtension } from '../alpha/index';
import { getEntityWorkspace } from './getEntityWorkspace';
import { workspace, WS_ID } from '../__testUtils__';
import { isAzureMlAvailable } from './isAzureMlAvailable';

function entity(kind: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', annotations },
    spec: {},
  };
}

const workspaceSystem = entity('System', { 'ml.azure.com/resource-id': WS_ID });
const teamComponent = entity('Component', {
  'ml.azure.com/workspace-id': WS_ID,
  'ml.azure.com/experiment': 'defects',
});
const plainComponent = entity('Component', {
  'backstage.io/source-location': 'url:https://example.com/repo',
});
const modelResource = entity('Resource', {
  'ml.azure.com/resource-id': `${WS_ID}/models/defect-classifier`,
});

describe('isAzureMlAvailable', () => {
  it('accepts a workspace System and an annotated Component', () => {
    expect(isAzureMlAvailable(workspaceSystem)).toBe(true);
    expect(isAzureMlAvailable(teamComponent)).toBe(true);
  });

  it('refuses an unannotated entity and an asset id without workspace-id', () => {
    expect(isAzureMlAvailable(plainComponent)).toBe(false);
    expect(isAzureMlAvailable(modelResource)).toBe(false);
  });

  it('is the filter of the entity tab extension', () => {
    const tester = createExtensionTester(azureMlEntityContentExtension);
    const filter = tester.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    ) as ((e: Entity) => boolean) | undefined;
    if (!filter) throw new Error('The tab has no filter function');
    expect(filter(workspaceSystem)).toBe(true);
    expect(filter(teamComponent)).toBe(true);
    expect(filter(plainComponent)).toBe(false);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Azure ML');
  });
});

describe('getEntityWorkspace', () => {
  it('reads the workspace from either annotation', () => {
    expect(getEntityWorkspace(workspaceSystem)).toEqual(workspace);
    expect(getEntityWorkspace(teamComponent)).toEqual(workspace);
    expect(getEntityWorkspace(plainComponent)).toBeUndefined();
  });

  it('names what is wrong with a malformed workspace-id', () => {
    expect(() =>
      getEntityWorkspace(
        entity('Component', {
          'ml.azure.com/workspace-id': '/subscriptions/x',
        }),
      ),
    ).toThrow(/subscription/i);
  });
});
