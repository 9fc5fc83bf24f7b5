/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import { getEntityHomeView } from './getEntityHomeView';

const WS =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

function entityWithResource(resourceId?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'x',
      annotations: resourceId ? { 'ml.azure.com/resource-id': resourceId } : {},
    },
  };
}

describe('getEntityHomeView', () => {
  it.each([
    [`${WS}/models/defect-detector`, 'models/defect-detector'],
    [
      `${WS}/models/defect-detector/versions/3`,
      'models/defect-detector/versions/3',
    ],
    [`${WS}/onlineEndpoints/defects-prod`, 'endpoints/defects-prod'],
    [
      `${WS}/onlineEndpoints/defects-prod/deployments/blue`,
      'endpoints/defects-prod',
    ],
    [`${WS}/data/images/versions/2`, 'data'],
    [`${WS}/computes/gpu-cluster`, 'computes'],
    [`${WS}/jobs/job-1`, 'jobs/job-1'],
    [WS, 'jobs'],
  ])('opens %s on %s', (resourceId, view) => {
    expect(getEntityHomeView(entityWithResource(resourceId))).toBe(view);
  });

  it('opens the jobs list for an entity without a resource id', () => {
    expect(getEntityHomeView(entityWithResource())).toBe('jobs');
  });

  it('opens the jobs list for an id that is not an Azure ML resource', () => {
    expect(
      getEntityHomeView(
        entityWithResource('/subscriptions/x/resourceGroups/y'),
      ),
    ).toBe('jobs');
  });
});
