/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, waitFor, within } from '@testing-library/react';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type {
  AzureMlModelContainer,
  AzureMlModelVersion,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlPageRequest } from '../../api';
import { forbiddenError, workspace, WS_ID } from '../../__testUtils__';
import {
  azureMlWorkspace,
  clickAndSettle,
  FIELD_START,
  modelContainer,
  modelVersion,
  openPicker,
  pickerInput,
  pickOption,
  renderTemplateForm,
  type FieldUnderTest,
} from '../__testUtils__';
import { AzureMlWorkspacePicker } from '../AzureMlWorkspacePicker';
import { MAX_PICKER_PAGES } from '../shared/usePickerItems';
import { AzureMlModelVersionPicker } from './AzureMlModelVersionPicker';
import { azureMlModelVersionPickerValidation } from './validation';

const MODEL = /^Model to deploy/;
const WORKSPACE = /^Azure ML workspace/;

const modelField: FieldUnderTest = {
  name: 'model',
  component: AzureMlModelVersionPicker,
  title: 'Model to deploy',
  required: true,
};

type ListModels = (
  ws: WorkspaceRef,
  request?: AzureMlPageRequest,
) => Promise<Page<AzureMlModelContainer>>;
type ListModelVersions = (
  ws: WorkspaceRef,
  modelName: string,
  request?: AzureMlPageRequest,
) => Promise<Page<AzureMlModelVersion>>;

/** The workspace's models, one page. */
function modelsListing(
  models: AzureMlModelContainer[],
): jest.MockedFunction<ListModels> {
  return jest.fn(async (_ws: WorkspaceRef) => ({ items: models }));
}

/** The versions of each model, by model name, one page each. */
function versionsByModel(
  versions: Record<string, AzureMlModelVersion[]>,
): jest.MockedFunction<ListModelVersions> {
  return jest.fn(async (_ws: WorkspaceRef, modelName: string) => ({
    items: versions[modelName] ?? [],
  }));
}

const DEFECT_VERSIONS = [
  modelVersion('defect-classifier', '2', { jobName: 'train-defects-0412' }),
  modelVersion('defect-classifier', '3', {
    jobName: 'train-defects-0501',
    modelType: 'custom_model',
  }),
];
const CHURN_VERSIONS = [modelVersion('churn-model', '1')];

jest.setTimeout(30_000);

describe('AzureMlModelVersionPicker', () => {
  it('is disabled with "Pick a workspace first" until one is picked, then lists the versions of every model with the job that produced them', async () => {
    const listModels = modelsListing([
      modelContainer('defect-classifier', { latestVersion: '3' }),
      modelContainer('churn-model'),
    ]);
    const listModelVersions = versionsByModel({
      'defect-classifier': DEFECT_VERSIONS,
      'churn-model': CHURN_VERSIONS,
    });
    const form = renderTemplateForm(
      [{ name: 'workspace', component: AzureMlWorkspacePicker }, modelField],
      {
        api: {
          listWorkspaces: async () => ({
            items: [azureMlWorkspace()],
            unavailable: [],
          }),
          listModels,
          listModelVersions,
        },
      },
    );
    await screen.findByRole('textbox', { name: WORKSPACE }, FIELD_START);
    expect(pickerInput(MODEL)).toBeDisabled();
    expect(screen.getByText('Pick a workspace first')).toBeInTheDocument();
    expect(listModels).not.toHaveBeenCalled();

    await pickOption(WORKSPACE, /^Vision/);

    expect(await openPicker(MODEL)).toEqual([
      'defect-classifier:2mlflow_model · from job train-defects-0412',
      'defect-classifier:3custom_model · from job train-defects-0501',
      'churn-model:1mlflow_model',
    ]);
    expect(listModels).toHaveBeenCalledWith(workspace, {});
    expect(listModelVersions).toHaveBeenCalledWith(
      workspace,
      'defect-classifier',
      {},
    );
    expect(listModelVersions).toHaveBeenCalledWith(
      workspace,
      'churn-model',
      {},
    );

    await pickOption(MODEL, /^defect-classifier:3/);

    await waitFor(() =>
      expect(form.formData).toEqual({
        workspace: WS_ID,
        model: 'azureml:defect-classifier:3',
      }),
    );
  });

  it('follows the pages of the models and of each model’s versions', async () => {
    const listModels = jest.fn(
      async (_ws: WorkspaceRef, request?: AzureMlPageRequest) =>
        request?.pageToken === 'models-2'
          ? { items: [modelContainer('churn-model')] }
          : {
              items: [modelContainer('defect-classifier')],
              nextPageToken: 'models-2',
            },
    );
    const listModelVersions = jest.fn(
      async (
        _ws: WorkspaceRef,
        modelName: string,
        request?: AzureMlPageRequest,
      ): Promise<Page<AzureMlModelVersion>> => {
        if (modelName === 'churn-model') return { items: CHURN_VERSIONS };
        return request?.pageToken === 'versions-2'
          ? { items: [DEFECT_VERSIONS[1]] }
          : { items: [DEFECT_VERSIONS[0]], nextPageToken: 'versions-2' };
      },
    );
    renderTemplateForm([modelField], {
      api: { listModels, listModelVersions },
      initialFormData: { workspace: WS_ID },
    });
    await waitFor(() => expect(pickerInput(MODEL)).toBeEnabled(), FIELD_START);

    expect(await openPicker(MODEL)).toEqual([
      'defect-classifier:2mlflow_model · from job train-defects-0412',
      'defect-classifier:3custom_model · from job train-defects-0501',
      'churn-model:1mlflow_model',
    ]);
    expect(listModels).toHaveBeenCalledWith(workspace, {
      pageToken: 'models-2',
    });
    expect(listModelVersions).toHaveBeenCalledWith(
      workspace,
      'defect-classifier',
      { pageToken: 'versions-2' },
    );
    expect(
      screen.queryByText(/^Only the first \d+ pages/),
    ).not.toBeInTheDocument();
  });

  it(`says when the models list is cut short after ${MAX_PICKER_PAGES} pages`, async () => {
    const listModels = jest.fn(
      async (_ws: WorkspaceRef, request?: AzureMlPageRequest) => {
        const page = Number(request?.pageToken ?? '1');
        return {
          items: [modelContainer(`model-${page}`)],
          nextPageToken: String(page + 1),
        };
      },
    );
    renderTemplateForm([modelField], {
      api: {
        listModels,
        listModelVersions: jest.fn(async (_ws, modelName: string) => ({
          items: [modelVersion(modelName, '1')],
        })),
      },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByText(
        `Only the first ${MAX_PICKER_PAGES} pages of model versions are listed`,
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
    expect(listModels).toHaveBeenCalledTimes(MAX_PICKER_PAGES);
    expect(await openPicker(MODEL)).toHaveLength(MAX_PICKER_PAGES);
  });

  it('says when the workspace has no model versions, with or without models', async () => {
    renderTemplateForm([modelField], {
      api: {
        listModels: modelsListing([
          modelContainer('draft-model', { latestVersion: undefined }),
        ]),
        listModelVersions: versionsByModel({}),
      },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByText(
        'mlw-vision has no model versions',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
  });

  it("shows the Backstage permission policy's 403 on the models in plain words", async () => {
    const message =
      "Backstage permission policy denied 'azureMl.model.read' (read) on system:default/mlw-vision; ask the workspace's owners for access.";
    const listModelVersions = versionsByModel({});
    renderTemplateForm([modelField], {
      api: {
        listModels: jest.fn(async () => {
          throw await forbiddenError(message);
        }),
        listModelVersions,
      },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByRole('alert', undefined, FIELD_START),
    ).toHaveTextContent(
      `Could not list the model versions of mlw-vision: ${message}`,
    );
    expect(listModelVersions).not.toHaveBeenCalled();
  });

  it("shows Azure's 403 on one model's versions, and lists again on Retry", async () => {
    const message =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/models/versions/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/models/churn-model': ada@contoso.com needs a role assignment that grants this action.";
    const listModelVersions = jest
      .fn<
        Promise<Page<AzureMlModelVersion>>,
        [WorkspaceRef, string, AzureMlPageRequest?]
      >()
      .mockRejectedValueOnce(await forbiddenError(message))
      .mockResolvedValue({ items: CHURN_VERSIONS });
    renderTemplateForm([modelField], {
      api: {
        listModels: modelsListing([modelContainer('churn-model')]),
        listModelVersions,
      },
      initialFormData: { workspace: WS_ID },
    });

    const alert = await screen.findByRole('alert', undefined, FIELD_START);
    expect(alert).toHaveTextContent(
      `Could not list the model versions of mlw-vision: ${message}`,
    );

    await clickAndSettle(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await openPicker(MODEL)).toEqual(['churn-model:1mlflow_model']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads the workspace from the field ui:options.workspaceField names, and is marked required and invalid', async () => {
    const listModels = modelsListing([modelContainer('churn-model')]);
    renderTemplateForm(
      [
        {
          ...modelField,
          options: { workspaceField: 'target.workspace' },
          rawErrors: ["must have required property 'model'"],
        },
      ],
      {
        api: {
          listModels,
          listModelVersions: versionsByModel({ 'churn-model': CHURN_VERSIONS }),
        },
        initialFormData: { target: { workspace: WS_ID } },
      },
    );

    await waitFor(() => expect(pickerInput(MODEL)).toBeEnabled(), FIELD_START);
    expect(await openPicker(MODEL)).toEqual(['churn-model:1mlflow_model']);
    expect(listModels).toHaveBeenCalledWith(workspace, {});
    expect(pickerInput(MODEL)).toBeRequired();
    expect(pickerInput(MODEL)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('azureMlModelVersionPickerValidation', () => {
  function validate(value: string) {
    const validation = createFieldValidation();
    azureMlModelVersionPickerValidation(value, validation, {
      apiHolder: { get: () => undefined },
      formData: {},
      schema: {},
    });
    return validation.__errors;
  }

  it('accepts azureml:<name>:<version> and leaves an empty field to required', () => {
    expect(validate('azureml:defect-classifier:3')).toEqual([]);
    expect(validate('')).toEqual([]);
  });

  it('refuses anything else, saying why', () => {
    expect(validate('defect-classifier:3')).toEqual([
      'Pick a model version from the list: "defect-classifier:3" is not of the form azureml:<name>:<version>, for example azureml:defect-classifier:3',
    ]);
    expect(validate('azureml:defect classifier:3')).toEqual([
      'Pick a model version from the list: model name "defect classifier" contains whitespace',
    ]);
    expect(
      validate(`${WS_ID}/models/defect-classifier/versions/3`),
    ).toHaveLength(1);
  });
});
