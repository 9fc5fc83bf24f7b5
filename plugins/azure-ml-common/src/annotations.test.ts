/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { makeValidator } from '@backstage/catalog-model';
import * as annotations from './annotations';
import {
  AZURE_ML_ANNOTATION_PREFIX,
  AZURE_ML_ENDPOINT_ANNOTATION,
  AZURE_ML_EXPERIMENT_ANNOTATION,
  AZURE_ML_MODEL_ANNOTATION,
  AZURE_ML_PORTAL_URL_ANNOTATION,
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  AZURE_ML_STUDIO_URL_ANNOTATION,
  AZURE_ML_TENANT_ID_ANNOTATION,
  AZURE_ML_WORKSPACE_ID_ANNOTATION,
} from './annotations';

describe('annotations', () => {
  it('has exactly these keys under one prefix', () => {
    expect(annotations).toEqual({
      AZURE_ML_ANNOTATION_PREFIX: 'ml.azure.com/',
      AZURE_ML_RESOURCE_ID_ANNOTATION: 'ml.azure.com/resource-id',
      AZURE_ML_WORKSPACE_ID_ANNOTATION: 'ml.azure.com/workspace-id',
      AZURE_ML_TENANT_ID_ANNOTATION: 'ml.azure.com/tenant-id',
      AZURE_ML_EXPERIMENT_ANNOTATION: 'ml.azure.com/experiment',
      AZURE_ML_MODEL_ANNOTATION: 'ml.azure.com/model',
      AZURE_ML_ENDPOINT_ANNOTATION: 'ml.azure.com/endpoint',
      AZURE_ML_STUDIO_URL_ANNOTATION: 'ml.azure.com/studio-url',
      AZURE_ML_PORTAL_URL_ANNOTATION: 'ml.azure.com/portal-url',
    });
  });

  const keys = [
    AZURE_ML_RESOURCE_ID_ANNOTATION,
    AZURE_ML_WORKSPACE_ID_ANNOTATION,
    AZURE_ML_TENANT_ID_ANNOTATION,
    AZURE_ML_EXPERIMENT_ANNOTATION,
    AZURE_ML_MODEL_ANNOTATION,
    AZURE_ML_ENDPOINT_ANNOTATION,
    AZURE_ML_STUDIO_URL_ANNOTATION,
    AZURE_ML_PORTAL_URL_ANNOTATION,
  ];

  it('keeps every key distinct and under the prefix', () => {
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key.startsWith(AZURE_ML_ANNOTATION_PREFIX)).toBe(true);
    }
  });

  it('uses keys the catalog accepts', () => {
    const validator = makeValidator();
    for (const key of keys) {
      expect(validator.isValidAnnotationKey(key)).toBe(true);
    }
    expect(
      validator.isValidAnnotationValue(
        '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/workspace-1234/providers/Microsoft.MachineLearningServices/workspaces/testworkspace',
      ),
    ).toBe(true);
  });
});
