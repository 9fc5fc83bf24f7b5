/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { workspaceLinks } from '../WorkspaceView/workspaceLinks';
import { jobInputLink, jobOutputLink } from './jobIoLinks';

const links = workspaceLinks('/tab');

describe('jobInputLink', () => {
  it('links data references and data inputs to the data assets', () => {
    expect(
      jobInputLink(
        { type: 'uri_folder', uri: 'azureml:defect-images:3' },
        links,
      ),
    ).toEqual({ to: '/tab/data', label: 'Data assets' });
    expect(
      jobInputLink(
        { type: 'mltable', uri: 'azureml://datastores/blob/paths/t/' },
        links,
      ),
    ).toEqual({ to: '/tab/data', label: 'Data assets' });
    expect(
      jobInputLink({ type: 'custom', uri: 'azureml:labels:1' }, links)?.to,
    ).toBe('/tab/data');
  });

  it('links nothing for literals and models', () => {
    expect(jobInputLink({ type: 'literal', value: '0.01' }, links)).toBe(
      undefined,
    );
    expect(
      jobInputLink(
        { type: 'mlflow_model', uri: 'azureml://datastores/x/paths/m' },
        links,
      ),
    ).toBeUndefined();
  });
});

describe('jobOutputLink', () => {
  it('links a model reference to its version', () => {
    expect(
      jobOutputLink(
        { type: 'mlflow_model', uri: 'azureml:defect-classifier:3' },
        links,
      ),
    ).toEqual({
      to: '/tab/models/defect-classifier/versions/3',
      label: 'Model defect-classifier, version 3',
    });
    expect(
      jobOutputLink({ type: 'uri_folder', uri: 'azureml:my model:2' }, links),
    ).toBeUndefined();
  });

  it('links other model outputs to the models list', () => {
    expect(
      jobOutputLink(
        {
          type: 'custom_model',
          uri: 'azureml://datastores/workspaceblobstore/paths/model/',
        },
        links,
      ),
    ).toEqual({ to: '/tab/models', label: 'Models' });
    expect(
      jobOutputLink(
        { type: 'uri_folder', uri: 'azureml:defect-classifier@latest' },
        links,
      ),
    ).toEqual({ to: '/tab/models', label: 'Models' });
  });

  it("does not link a registry's model as a model of the workspace", () => {
    const uri = 'azureml://registries/azureml/models/resnet/versions/1';
    expect(jobOutputLink({ type: 'mlflow_model', uri }, links)).toEqual({
      to: '/tab/models',
      label: 'Models',
    });
    expect(jobOutputLink({ type: 'uri_folder', uri }, links)).toBeUndefined();
  });

  it('links nothing for plain data outputs', () => {
    expect(
      jobOutputLink(
        { type: 'uri_folder', uri: 'azureml://datastores/blob/paths/out/' },
        links,
      ),
    ).toBeUndefined();
  });
});
