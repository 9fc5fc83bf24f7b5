/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { servingEndpoint as endpoint, WS_ID } from '../../__testUtils__';
import { servesModelVersion, servingDeployments } from './servesModelVersion';

const version = {
  id: `${WS_ID}/models/defect-detector/versions/3`,
  name: 'defect-detector',
  version: '3',
};

describe('servesModelVersion', () => {
  it.each([
    ['its ARM id', version.id],
    ['its ARM id in other casing', version.id.toLowerCase()],
    ['the short asset reference', 'azureml:defect-detector:3'],
    ['the short asset reference in other casing', 'azureml:Defect-Detector:3'],
    [
      'a registry asset id',
      'azureml://registries/contoso/models/defect-detector/versions/3',
    ],
    [
      'the id of a workspace in another casing',
      '/subscriptions/55555555-0000-4000-8000-000000000001/resourcegroups/RG-VISION/providers/microsoft.machinelearningservices/workspaces/mlw-vision/Models/defect-detector/Versions/3',
    ],
  ])('matches %s', (_what, model) => {
    expect(servesModelVersion(model, version)).toBe(true);
  });

  it.each([
    ['another version', `${WS_ID}/models/defect-detector/versions/2`],
    [
      'a version that only starts the same',
      `${WS_ID}/models/defect-detector/versions/31`,
    ],
    ['another model', `${WS_ID}/models/defect-detector-v2/versions/3`],
    [
      'a model whose name ends the same',
      `${WS_ID}/models/old-defect-detector/versions/3`,
    ],
    ['another short reference', 'azureml:defect-detector:2'],
    ['a label, not a version', 'azureml:defect-detector@latest'],
    ['nothing', ''],
  ])('does not match %s', (_what, model) => {
    expect(servesModelVersion(model, version)).toBe(false);
  });

  it('does not match an empty model against a version without id', () => {
    expect(servesModelVersion('', { ...version, id: '' })).toBe(false);
  });
});

describe('servingDeployments', () => {
  it('lists the deployments that serve the version with their traffic share', () => {
    const endpoints = [
      endpoint(
        'defects-bluegreen',
        { blue: 90, green: 10 },
        {
          blue: `${WS_ID}/models/defect-detector/versions/2`,
          green: version.id,
        },
      ),
      endpoint(
        'defects-main',
        { main: 100 },
        { main: 'azureml:defect-detector:3' },
      ),
      endpoint(
        'churn',
        { main: 100 },
        { main: `${WS_ID}/models/churn/versions/3` },
      ),
      endpoint('defects-shadow', {}, { shadow: version.id }),
    ];
    expect(servingDeployments(endpoints, version)).toEqual([
      {
        endpointName: 'defects-bluegreen',
        deploymentName: 'green',
        trafficPercent: 10,
      },
      {
        endpointName: 'defects-main',
        deploymentName: 'main',
        trafficPercent: 100,
      },
      {
        endpointName: 'defects-shadow',
        deploymentName: 'shadow',
        trafficPercent: 0,
      },
    ]);
  });

  it('lists nothing when no deployment serves the version', () => {
    expect(
      servingDeployments(
        [
          endpoint(
            'e',
            { blue: 100 },
            { blue: `${WS_ID}/models/defect-detector/versions/2` },
          ),
        ],
        version,
      ),
    ).toEqual([]);
    expect(servingDeployments([], version)).toEqual([]);
  });
});
