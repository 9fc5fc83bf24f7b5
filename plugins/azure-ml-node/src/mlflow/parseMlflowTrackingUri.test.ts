/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { parseMlflowTrackingUri } from './parseMlflowTrackingUri';

const workspace = {
  subscriptionId: '22222222-0000-4000-8000-000000000001',
  resourceGroup: 'rg-vision',
  workspaceName: 'mlw-vision',
};
const path = `/mlflow/v1.0/subscriptions/${workspace.subscriptionId}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision`;
const parse = (uri: string, dataPlaneHost = 'api.azureml.ms') =>
  parseMlflowTrackingUri(uri, { workspace, dataPlaneHost });
const refusal = (uri: string, reason: string) =>
  `Refusing the MLflow tracking URI '${uri}' of workspace 'mlw-vision': ${reason}.`;

describe('parseMlflowTrackingUri', () => {
  it('accepts the data-plane host and its regional subdomains', () => {
    expect(parse(`azureml://westeurope.api.azureml.ms${path}`)).toEqual({
      host: 'westeurope.api.azureml.ms',
      workspace,
      apiBaseUrl: `https://westeurope.api.azureml.ms${path}/api/2.0/mlflow`,
    });
    expect(parse(`azureml://API.AzureML.ms:443${path}/`).host).toBe(
      'api.azureml.ms',
    );
    expect(
      parse(`azureml://localhost:7443${path}`, 'localhost:7443').apiBaseUrl,
    ).toBe(`https://localhost:7443${path}/api/2.0/mlflow`);
  });

  it('matches the workspace without regard to case', () => {
    const shouted = path
      .replace('rg-vision', 'RG-VISION')
      .replace('mlw-vision', 'MLW-Vision')
      .replace('resourceGroups', 'resourcegroups');
    expect(parse(`azureml://api.azureml.ms${shouted}`).workspace).toEqual({
      ...workspace,
      resourceGroup: 'RG-VISION',
      workspaceName: 'MLW-Vision',
    });
  });

  it.each([
    [
      `azureml://api.azureml.ms.evil.com${path}`,
      "its host 'api.azureml.ms.evil.com' is not the Azure ML data-plane host 'api.azureml.ms' or a subdomain of it, so the portal will not send a token there",
    ],
    [
      `azureml://evilapi.azureml.ms${path}`,
      "its host 'evilapi.azureml.ms' is not the Azure ML data-plane host 'api.azureml.ms' or a subdomain of it, so the portal will not send a token there",
    ],
    [
      `azureml://api.azureml.ms:8443${path}`,
      "its host 'api.azureml.ms:8443' is not the Azure ML data-plane host 'api.azureml.ms' or a subdomain of it, so the portal will not send a token there",
    ],
    [
      `azureml://me@api.azureml.ms${path}`,
      'it may not carry user info, a query or a fragment',
    ],
    [`https://api.azureml.ms${path}`, "its scheme is 'https:', not 'azureml:'"],
    ['not a uri', 'it is not a URI'],
    [
      'azureml://api.azureml.ms/mlflow/v2.0/subscriptions/x',
      "its path does not start with '/mlflow/v1.0/subscriptions/'",
    ],
    [
      `azureml://api.azureml.ms${path.replace('mlw-vision', 'mlw-nlp')}`,
      `it names workspace '${path
        .slice('/mlflow/v1.0'.length)
        .replace('mlw-vision', 'mlw-nlp')}', not '${path.slice(
        '/mlflow/v1.0'.length,
      )}'`,
    ],
    [
      `azureml://api.azureml.ms${path}/jobs/x`,
      expect.stringContaining(
        'its path does not name a workspace (Invalid Azure ML resource id:',
      ),
    ],
  ])('refuses %s', (uri, reason) => {
    let error: Error | undefined;
    try {
      parse(uri);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('InputError');
    expect(error?.message).toEqual(
      typeof reason === 'string' ? refusal(uri, reason) : reason,
    );
  });
});
