/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { parseAssetReference } from './parseAssetReference';

const WS_ID =
  '/subscriptions/5555/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

describe('parseAssetReference', () => {
  it('reads the short form, with a version or @latest', () => {
    expect(parseAssetReference('azureml:defect-images:3')).toEqual({
      name: 'defect-images',
      version: '3',
    });
    expect(
      parseAssetReference('azureml:defect-classifier:12', 'model'),
    ).toEqual({ name: 'defect-classifier', version: '12' });
    expect(parseAssetReference('azureml:defect-images@latest', 'data')).toEqual(
      { name: 'defect-images' },
    );
  });

  it('reads the long form of a model version, as a URI or an ARM id', () => {
    expect(
      parseAssetReference(
        'azureml://subscriptions/s/resourcegroups/rg/workspaces/ws/models/defect-classifier/versions/3',
      ),
    ).toEqual({ kind: 'model', name: 'defect-classifier', version: '3' });
    expect(
      parseAssetReference(`${WS_ID}/models/defect-classifier/versions/3`),
    ).toEqual({ kind: 'model', name: 'defect-classifier', version: '3' });
    expect(
      parseAssetReference(
        '/subscriptions/5555/resourcegroups/RG-VISION/providers/microsoft.machinelearningservices/workspaces/mlw-vision/Models/Defect-Classifier/Versions/3',
      ),
    ).toEqual({ kind: 'model', name: 'Defect-Classifier', version: '3' });
  });

  it('reads the long form of a data asset version, decoding its name', () => {
    expect(
      parseAssetReference(
        'azureml://subscriptions/s/resourcegroups/rg/workspaces/ws/data/defect%20images/versions/2',
      ),
    ).toEqual({ kind: 'data', name: 'defect images', version: '2' });
    expect(
      parseAssetReference(`${WS_ID}/data/labels/versions/1`, 'data'),
    ).toEqual({ kind: 'data', name: 'labels', version: '1' });
  });

  it('reads the long form of the expected kind only', () => {
    const model =
      'azureml://subscriptions/s/resourcegroups/rg/workspaces/ws/models/defect-classifier/versions/3';
    const data = `${WS_ID}/data/labels/versions/1`;
    expect(parseAssetReference(model, 'model')?.name).toBe('defect-classifier');
    expect(parseAssetReference(model, 'data')).toBeUndefined();
    expect(parseAssetReference(data, 'model')).toBeUndefined();
  });

  it('names the registry of a registry asset', () => {
    expect(
      parseAssetReference(
        'azureml://registries/shared/models/resnet/versions/1',
        'model',
      ),
    ).toEqual({
      kind: 'model',
      name: 'resnet',
      version: '1',
      registry: 'shared',
    });
  });

  it.each([
    [
      'a datastore path',
      'azureml://datastores/workspaceblobstore/paths/images/',
    ],
    [
      'a datastore path that looks like a model',
      'azureml://subscriptions/s/resourcegroups/rg/workspaces/ws/datastores/blob/paths/models/m/versions/1',
    ],
    ['a URL', 'https://contoso.blob.core.windows.net/data/images'],
    [
      'a URL ending like a model',
      'https://contoso.blob.core.windows.net/models/m/versions/1',
    ],
    ['a short form without version or label', 'azureml:defect-classifier'],
    ['a short form with a space in the name', 'azureml:my model:2'],
    [
      'an ARM id of a model, not of a version',
      `${WS_ID}/models/defect-classifier`,
    ],
    ['a malformed escape', `${WS_ID}/models/defect%E0/versions/1`],
    ['the bare prefix', 'azureml:'],
    ['nothing', ''],
    ['undefined', undefined],
  ])('does not take %s for a reference', (_what, reference) => {
    expect(parseAssetReference(reference)).toBeUndefined();
  });
});
