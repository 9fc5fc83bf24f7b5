/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { assetReferenceName } from './assetReferenceName';

describe('assetReferenceName', () => {
  it('reads short references and ARM ids of the workspace', () => {
    expect(assetReferenceName('azureml:raw-images:2', 'data')).toBe(
      'raw-images',
    );
    expect(assetReferenceName('azureml:raw-images@latest', 'data')).toBe(
      'raw-images',
    );
    expect(
      assetReferenceName(
        '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/models/clf/versions/3',
        'models',
      ),
    ).toBe('clf');
  });

  it('ignores registries, other collections and nothing', () => {
    expect(
      assetReferenceName(
        'azureml://registries/r/models/clf/versions/1',
        'models',
      ),
    ).toBeUndefined();
    expect(
      assetReferenceName(
        '/subscriptions/s/.../workspaces/w/data/d/versions/1',
        'models',
      ),
    ).toBeUndefined();
    expect(assetReferenceName(undefined, 'data')).toBeUndefined();
  });
});
