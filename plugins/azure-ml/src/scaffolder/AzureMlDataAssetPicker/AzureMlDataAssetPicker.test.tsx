/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, waitFor } from '@testing-library/react';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type {
  AzureMlDataAsset,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlPageRequest } from '../../api';
import { forbiddenError, workspace, WS_ID } from '../../__testUtils__';
import {
  azureMlWorkspace,
  dataAsset,
  FIELD_START,
  openPicker,
  pickerInput,
  pickOption,
  renderTemplateForm,
  type FieldUnderTest,
} from '../__testUtils__';
import { AzureMlWorkspacePicker } from '../AzureMlWorkspacePicker';
import { AzureMlDataAssetPicker } from './AzureMlDataAssetPicker';
import { azureMlDataAssetPickerValidation } from './validation';

const LABEL = /^Training data/;

const dataField: FieldUnderTest = {
  name: 'trainingData',
  component: AzureMlDataAssetPicker,
  title: 'Training data',
  required: true,
};

const ASSETS = [
  dataAsset('defect-images', '3'),
  dataAsset('labels', '12', {
    dataType: 'uri_file',
    dataUri: 'azureml://datastores/workspaceblobstore/paths/labels.csv',
  }),
  dataAsset('defects-table', '1', {
    dataType: 'mltable',
    dataUri: 'azureml://datastores/workspaceblobstore/paths/defects-table/',
  }),
];

function listing(items: AzureMlDataAsset[] = ASSETS) {
  return jest.fn(
    async (
      _ws: WorkspaceRef,
      _request?: AzureMlPageRequest,
    ): Promise<Page<AzureMlDataAsset>> => ({ items }),
  );
}

jest.setTimeout(30_000);

describe('AzureMlDataAssetPicker', () => {
  it('is disabled with "Pick a workspace first" until one is picked in the workspace picker, then lists its data assets', async () => {
    const listDataAssets = listing();
    const form = renderTemplateForm(
      [{ name: 'workspace', component: AzureMlWorkspacePicker }, dataField],
      {
        api: {
          listWorkspaces: async () => ({
            items: [azureMlWorkspace()],
            unavailable: [],
          }),
          listDataAssets,
        },
      },
    );
    await screen.findByRole(
      'textbox',
      { name: /^Azure ML workspace/ },
      FIELD_START,
    );
    expect(pickerInput(LABEL)).toBeDisabled();
    expect(screen.getByText('Pick a workspace first')).toBeInTheDocument();
    expect(listDataAssets).not.toHaveBeenCalled();

    await pickOption(/^Azure ML workspace/, /^Vision/);

    expect(await openPicker(LABEL)).toEqual([
      'defect-images:3uri_folder · azureml://datastores/workspaceblobstore/paths/defect-images/',
      'labels:12uri_file · azureml://datastores/workspaceblobstore/paths/labels.csv',
      'defects-table:1mltable · azureml://datastores/workspaceblobstore/paths/defects-table/',
    ]);
    expect(listDataAssets).toHaveBeenCalledWith(workspace, {});

    await pickOption(LABEL, /^labels:12/);

    await waitFor(() =>
      expect(form.formData).toEqual({
        workspace: WS_ID,
        trainingData: 'azureml:labels:12',
      }),
    );
  });

  it('offers only the kinds ui:options.dataTypes names', async () => {
    renderTemplateForm(
      [{ ...dataField, options: { dataTypes: ['uri_folder', 'mltable'] } }],
      {
        api: { listDataAssets: listing() },
        initialFormData: { workspace: WS_ID },
      },
    );
    await waitFor(() => expect(pickerInput(LABEL)).toBeEnabled(), FIELD_START);

    expect(await openPicker(LABEL)).toEqual([
      'defect-images:3uri_folder · azureml://datastores/workspaceblobstore/paths/defect-images/',
      'defects-table:1mltable · azureml://datastores/workspaceblobstore/paths/defects-table/',
    ]);
  });

  it('says when the workspace has no data assets of the kinds asked for', async () => {
    renderTemplateForm(
      [{ ...dataField, options: { dataTypes: ['mltable'] } }],
      {
        api: { listDataAssets: listing([dataAsset('defect-images', '3')]) },
        initialFormData: { workspace: WS_ID },
      },
    );

    expect(
      await screen.findByText(
        'mlw-vision has no data assets of type mltable',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
  });

  it("shows the Backstage permission policy's 403 in plain words", async () => {
    const message =
      "Backstage permission policy denied 'azureMl.data.read' (read) on system:default/mlw-vision; ask the workspace's owners for access.";
    renderTemplateForm([dataField], {
      api: {
        listDataAssets: jest.fn(async () => {
          throw await forbiddenError(message);
        }),
      },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByRole('alert', undefined, FIELD_START),
    ).toHaveTextContent(
      `Could not list the data assets of mlw-vision: ${message}`,
    );
  });

  it('is marked required, and invalid when the form has errors for it', async () => {
    renderTemplateForm(
      [
        {
          ...dataField,
          rawErrors: ["must have required property 'trainingData'"],
        },
      ],
      {
        api: { listDataAssets: listing() },
        initialFormData: { workspace: WS_ID },
      },
    );

    const input = await screen.findByRole(
      'textbox',
      { name: LABEL },
      FIELD_START,
    );
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('azureMlDataAssetPickerValidation', () => {
  function validate(value: string) {
    const validation = createFieldValidation();
    azureMlDataAssetPickerValidation(value, validation, {
      apiHolder: { get: () => undefined },
      formData: {},
      schema: {},
    });
    return validation.__errors;
  }

  it('accepts azureml:<name>:<version> and leaves an empty field to required', () => {
    expect(validate('azureml:defect-images:3')).toEqual([]);
    expect(validate('')).toEqual([]);
  });

  it('refuses anything else, saying why', () => {
    expect(validate('azureml:defect-images')).toEqual([
      'Pick a data asset from the list: "azureml:defect-images" is not of the form azureml:<name>:<version>, for example azureml:defect-images:3',
    ]);
    expect(
      validate('azureml://datastores/workspaceblobstore/paths/x/'),
    ).toHaveLength(1);
  });
});
