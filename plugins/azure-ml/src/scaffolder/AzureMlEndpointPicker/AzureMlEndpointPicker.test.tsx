/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type {
  AzureMlOnlineEndpointSummary,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlPageRequest } from '../../api';
import {
  endpointSummary,
  forbiddenError,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import {
  azureMlWorkspace,
  clickAndSettle,
  FIELD_START,
  openPicker,
  pickerInput,
  pickOption,
  renderTemplateForm,
  type FieldUnderTest,
} from '../__testUtils__';
import { AzureMlWorkspacePicker } from '../AzureMlWorkspacePicker';
import { AzureMlEndpointPicker } from './AzureMlEndpointPicker';
import { azureMlEndpointPickerValidation } from './validation';

const ENDPOINT = /^Online endpoint/;
const WORKSPACE = /^Azure ML workspace/;

const endpointField: FieldUnderTest = {
  name: 'endpoint',
  component: AzureMlEndpointPicker,
  title: 'Online endpoint',
  required: true,
};

const ENDPOINTS = [
  endpointSummary(),
  endpointSummary({ name: 'churn-scorer', traffic: { main: 100 } }),
  endpointSummary({
    name: 'fresh-endpoint',
    provisioningState: 'Creating',
    traffic: {},
  }),
];

function listing(items: AzureMlOnlineEndpointSummary[] = ENDPOINTS) {
  return jest.fn(
    async (
      _ws: WorkspaceRef,
      _request?: AzureMlPageRequest,
    ): Promise<Page<AzureMlOnlineEndpointSummary>> => ({ items }),
  );
}

jest.setTimeout(30_000);

describe('AzureMlEndpointPicker', () => {
  it('is disabled with "Pick a workspace first" until one is picked, then lists its endpoints with their traffic split and keeps the name', async () => {
    const listEndpoints = listing();
    const form = renderTemplateForm(
      [{ name: 'workspace', component: AzureMlWorkspacePicker }, endpointField],
      {
        api: {
          listWorkspaces: async () => ({
            items: [azureMlWorkspace()],
            unavailable: [],
          }),
          listEndpoints,
        },
      },
    );
    await screen.findByRole('textbox', { name: WORKSPACE }, FIELD_START);
    expect(pickerInput(ENDPOINT)).toBeDisabled();
    expect(screen.getByText('Pick a workspace first')).toBeInTheDocument();
    expect(listEndpoints).not.toHaveBeenCalled();

    await pickOption(WORKSPACE, /^Vision/);

    expect(await openPicker(ENDPOINT)).toEqual([
      'defect-classifierblue 90% · green 10%',
      'churn-scorermain 100%',
      'fresh-endpointNo traffic',
    ]);
    expect(listEndpoints).toHaveBeenCalledWith(workspace, {});

    await pickOption(ENDPOINT, /^defect-classifier/);

    await waitFor(() =>
      expect(form.formData).toEqual({
        workspace: WS_ID,
        endpoint: 'defect-classifier',
      }),
    );
  });

  it('is searched by traffic split too, and picked by keyboard', async () => {
    const form = renderTemplateForm([endpointField], {
      api: { listEndpoints: listing() },
      initialFormData: { workspace: WS_ID },
    });
    await waitFor(
      () => expect(pickerInput(ENDPOINT)).toBeEnabled(),
      FIELD_START,
    );
    await waitFor(() =>
      expect(
        screen.queryByText('Loading the online endpoints of mlw-vision…'),
      ).not.toBeInTheDocument(),
    );

    const input = pickerInput(ENDPOINT);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'main 100' } });
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['churn-scorermain 100%']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });

    await waitFor(() => expect(form.formData.endpoint).toBe('churn-scorer'));
  });

  it('reads the workspace from the field ui:options.workspaceField names', async () => {
    const listEndpoints = listing();
    renderTemplateForm(
      [{ ...endpointField, options: { workspaceField: 'target.workspace' } }],
      {
        api: { listEndpoints },
        initialFormData: { target: { workspace: WS_ID } },
      },
    );

    await waitFor(
      () => expect(pickerInput(ENDPOINT)).toBeEnabled(),
      FIELD_START,
    );
    expect(await openPicker(ENDPOINT)).toHaveLength(3);
    expect(listEndpoints).toHaveBeenCalledWith(workspace, {});
  });

  it('says when the workspace has no online endpoints', async () => {
    renderTemplateForm([endpointField], {
      api: { listEndpoints: listing([]) },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByText(
        'mlw-vision has no online endpoints',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
  });

  it("shows Azure's 403 in plain words and lists again on Retry", async () => {
    const message =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision': ada@contoso.com needs a role assignment that grants this action.";
    const listEndpoints = jest
      .fn<
        Promise<Page<AzureMlOnlineEndpointSummary>>,
        [WorkspaceRef, AzureMlPageRequest?]
      >()
      .mockRejectedValueOnce(await forbiddenError(message))
      .mockResolvedValueOnce({ items: [endpointSummary()] });
    renderTemplateForm([endpointField], {
      api: { listEndpoints },
      initialFormData: { workspace: WS_ID },
    });

    const alert = await screen.findByRole('alert', undefined, FIELD_START);
    expect(alert).toHaveTextContent(
      `Could not list the online endpoints of mlw-vision: ${message}`,
    );

    await clickAndSettle(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await openPicker(ENDPOINT)).toEqual([
      'defect-classifierblue 90% · green 10%',
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is marked required, and invalid when the form has errors for it', async () => {
    renderTemplateForm(
      [
        {
          ...endpointField,
          rawErrors: ["must have required property 'endpoint'"],
        },
      ],
      {
        api: { listEndpoints: listing() },
        initialFormData: { workspace: WS_ID },
      },
    );

    const input = await screen.findByRole(
      'textbox',
      { name: ENDPOINT },
      FIELD_START,
    );
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('azureMlEndpointPickerValidation', () => {
  function validate(value: string) {
    const validation = createFieldValidation();
    azureMlEndpointPickerValidation(value, validation, {
      apiHolder: { get: () => undefined },
      formData: {},
      schema: {},
    });
    return validation.__errors;
  }

  it('accepts an endpoint name and leaves an empty field to required', () => {
    expect(validate('defect-classifier')).toEqual([]);
    expect(validate('')).toEqual([]);
  });

  it('refuses a name Azure does not allow, saying why', () => {
    expect(validate('defect classifier')).toEqual([
      'Pick an online endpoint from the list: online endpoint name "defect classifier" contains whitespace',
    ]);
    expect(validate('ab')).toHaveLength(1);
    expect(validate('azureml:defect-classifier:3')).toHaveLength(1);
  });
});
