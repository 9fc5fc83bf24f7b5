/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, waitFor } from '@testing-library/react';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type {
  AzureMlEnvironment,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlPageRequest } from '../../api';
import {
  forbiddenError,
  responseError,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import {
  environment,
  FIELD_START,
  openPicker,
  pickerInput,
  pickOption,
  renderTemplateForm,
  type FieldUnderTest,
} from '../__testUtils__';
import { AzureMlEnvironmentPicker } from './AzureMlEnvironmentPicker';
import { azureMlEnvironmentPickerValidation } from './validation';

const LABEL = /^Environment/;

const environmentField: FieldUnderTest = {
  name: 'environment',
  component: AzureMlEnvironmentPicker,
  required: true,
};

function listing(items: AzureMlEnvironment[]) {
  return jest.fn(
    async (
      _ws: WorkspaceRef,
      _request?: AzureMlPageRequest,
    ): Promise<Page<AzureMlEnvironment>> => ({ items }),
  );
}

jest.setTimeout(30_000);

describe('AzureMlEnvironmentPicker', () => {
  it('is disabled with "Pick a workspace first" until a workspace is picked, listing nothing', async () => {
    const listEnvironments = listing([]);
    renderTemplateForm([environmentField], { api: { listEnvironments } });

    const input = await screen.findByRole(
      'textbox',
      { name: LABEL },
      FIELD_START,
    );
    expect(input).toBeDisabled();
    expect(screen.getByText('Pick a workspace first')).toBeInTheDocument();
    expect(listEnvironments).not.toHaveBeenCalled();
  });

  it("lists the workspace's environment versions with their image and keeps azureml:<name>:<version>", async () => {
    const listEnvironments = listing([
      environment('sklearn-env', '2'),
      environment('torch-env', '7', {
        image: undefined,
        description: 'PyTorch 2.3 with CUDA 12',
      }),
    ]);
    const form = renderTemplateForm([environmentField], {
      api: { listEnvironments },
      initialFormData: { workspace: WS_ID },
    });
    await waitFor(() => expect(pickerInput(LABEL)).toBeEnabled(), FIELD_START);

    expect(await openPicker(LABEL)).toEqual([
      'sklearn-env:2mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20240610.v1',
      'torch-env:7PyTorch 2.3 with CUDA 12',
    ]);
    expect(listEnvironments).toHaveBeenCalledWith(workspace, {});

    await pickOption(LABEL, /^torch-env:7/);

    await waitFor(() =>
      expect(form.formData).toEqual({
        workspace: WS_ID,
        environment: 'azureml:torch-env:7',
      }),
    );
    expect(pickerInput(LABEL).value).toBe('torch-env:7');
  });

  it("shows Azure's 403 in plain words", async () => {
    const message =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/environments/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision': ada@contoso.com needs a role assignment that grants this action.";
    renderTemplateForm([environmentField], {
      api: {
        listEnvironments: jest.fn(async () => {
          throw await forbiddenError(message);
        }),
      },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByRole('alert', undefined, FIELD_START),
    ).toHaveTextContent(
      `Could not list the environments of mlw-vision: ${message}`,
    );
  });

  it('says what the backend said when it cannot list environments at all', async () => {
    renderTemplateForm([environmentField], {
      api: {
        listEnvironments: jest.fn(async () => {
          throw await responseError(
            404,
            'NotFoundError',
            'No route for GET /workspaces/…/environments',
          );
        }),
      },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByRole('alert', undefined, FIELD_START),
    ).toHaveTextContent(
      'Could not list the environments of mlw-vision: No route for GET /workspaces/…/environments',
    );
  });

  it('says when the workspace has no environments', async () => {
    renderTemplateForm([environmentField], {
      api: { listEnvironments: listing([]) },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByText(
        'mlw-vision has no environments',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
  });
});

describe('azureMlEnvironmentPickerValidation', () => {
  function validate(value: string) {
    const validation = createFieldValidation();
    azureMlEnvironmentPickerValidation(value, validation, {
      apiHolder: { get: () => undefined },
      formData: {},
      schema: {},
    });
    return validation.__errors;
  }

  it('accepts azureml:<name>:<version> and leaves an empty field to required', () => {
    expect(validate('azureml:sklearn-env:2')).toEqual([]);
    expect(validate('')).toEqual([]);
  });

  it('refuses anything else, saying why', () => {
    expect(validate('sklearn-env:2')).toEqual([
      'Pick an environment from the list: "sklearn-env:2" is not of the form azureml:<name>:<version>, for example azureml:sklearn-env:2',
    ]);
    expect(validate('azureml:sklearn env:2')).toEqual([
      expect.stringMatching(
        /^Pick an environment from the list: environment name "sklearn env" /,
      ),
    ]);
  });
});
