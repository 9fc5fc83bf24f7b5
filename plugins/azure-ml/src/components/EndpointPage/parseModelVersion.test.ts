/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { parseModelVersion } from './parseModelVersion';

describe('parseModelVersion', () => {
  it('reads a workspace model version ARM id', () => {
    expect(
      parseModelVersion(
        '/subscriptions/5555/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/models/defect-classifier/versions/3',
      ),
    ).toEqual({ name: 'defect-classifier', version: '3' });
  });

  it('reads an azureml asset id', () => {
    expect(parseModelVersion('azureml:defect-classifier:12')).toEqual({
      name: 'defect-classifier',
      version: '12',
    });
  });

  it.each([
    ['azureml://registries/shared/models/resnet/versions/1'],
    ['azureml:defect-classifier@latest'],
    ['azureml:defect-classifier'],
    ['/subscriptions/5555/models/defect-classifier'],
    [''],
  ])('names no workspace model version for %p', model => {
    expect(parseModelVersion(model)).toBeUndefined();
  });
});
