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
import type { AzureMlWorkspaceList } from '@azure-ml-backstage/plugin-azure-ml-common';
import { forbiddenError } from '../../__testUtils__';
import {
  azureMlWorkspace,
  clickAndSettle,
  FIELD_START,
  openPicker,
  pickerInput,
  pickOption,
  PORTAL_API_SCOPE,
  renderTemplateForm,
  USER_TOKEN,
  type FieldUnderTest,
} from '../__testUtils__';
import { AzureMlWorkspacePicker } from './AzureMlWorkspacePicker';
import { azureMlWorkspacePickerValidation } from './validation';

const VISION = azureMlWorkspace();
const CHURN = azureMlWorkspace({
  name: 'mlw-churn',
  displayName: 'Churn',
  resourceGroup: 'rg-churn',
  subscriptionId: '55555555-0000-4000-8000-000000000002',
});

const LABEL = /Azure ML workspace/;

function workspaceField(
  overrides: Partial<FieldUnderTest> = {},
): FieldUnderTest {
  return {
    name: 'workspace',
    component: AzureMlWorkspacePicker,
    required: true,
    ...overrides,
  };
}

function listing(
  items = [VISION, CHURN],
  unavailable: AzureMlWorkspaceList['unavailable'] = [],
) {
  return jest.fn(
    async (): Promise<AzureMlWorkspaceList> => ({
      items,
      unavailable,
    }),
  );
}

jest.setTimeout(30_000);

describe('AzureMlWorkspacePicker', () => {
  it('lists the workspaces the user can use with their name, resource group and subscription', async () => {
    const listWorkspaces = listing();
    renderTemplateForm([workspaceField()], { api: { listWorkspaces } });

    await screen.findByRole('textbox', { name: LABEL }, FIELD_START);
    await waitFor(() =>
      expect(
        screen.queryByText('Loading the Azure ML workspaces you can use…'),
      ).not.toBeInTheDocument(),
    );

    expect(await openPicker(LABEL)).toEqual([
      `Visionmlw-vision · resource group rg-vision · subscription ${VISION.subscriptionId}`,
      `Churnmlw-churn · resource group rg-churn · subscription ${CHURN.subscriptionId}`,
    ]);
    expect(listWorkspaces).toHaveBeenCalledTimes(1);
  });

  it("keeps the picked workspace's ARM id and puts the user's token in the secrets, never in the form data", async () => {
    const getAccessToken = jest.fn(async () => USER_TOKEN);
    const form = renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing() },
      getAccessToken,
    });
    await screen.findByRole('textbox', { name: LABEL }, FIELD_START);

    await pickOption(LABEL, /^Churn/);

    await waitFor(() => expect(form.formData.workspace).toBe(CHURN.id));
    expect(pickerInput(LABEL).value).toBe('Churn');
    expect(getAccessToken).toHaveBeenCalledWith([PORTAL_API_SCOPE]);
    expect(form.secrets).toEqual({ azureMlUserToken: USER_TOKEN });
    expect(JSON.stringify(form.formData)).not.toContain(USER_TOKEN);
  });

  it('is picked by keyboard, searching by resource group', async () => {
    const form = renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing() },
    });
    const input = await screen.findByRole(
      'textbox',
      { name: LABEL },
      FIELD_START,
    );
    await waitFor(() =>
      expect(
        screen.queryByText('Loading the Azure ML workspaces you can use…'),
      ).not.toBeInTheDocument(),
    );

    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'rg-churn' } });
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });

    await waitFor(() => expect(form.formData.workspace).toBe(CHURN.id));
    expect(form.secrets.azureMlUserToken).toBe(USER_TOKEN);
  });

  it('puts the token in the secret ui:options.secretsKey names', async () => {
    const form = renderTemplateForm(
      [workspaceField({ options: { secretsKey: 'mlUserToken' } })],
      { api: { listWorkspaces: listing() } },
    );
    await screen.findByRole('textbox', { name: LABEL }, FIELD_START);

    await pickOption(LABEL, /^Vision/);

    await waitFor(() => expect(form.formData.workspace).toBe(VISION.id));
    expect(form.secrets).toEqual({ mlUserToken: USER_TOKEN });
  });

  it('does not keep the pick when the Microsoft sign-in fails, says why, and keeps it once a retry signs in', async () => {
    const getAccessToken = jest
      .fn<Promise<string>, [string[]]>()
      .mockRejectedValueOnce(new Error('The sign-in popup was closed'))
      .mockResolvedValueOnce(USER_TOKEN);
    const form = renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing() },
      getAccessToken,
    });
    await screen.findByRole('textbox', { name: LABEL }, FIELD_START);

    await pickOption(LABEL, /^Vision/);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not get your Microsoft sign-in for Azure ML: The sign-in popup was closed.',
    );
    expect(form.formData.workspace).toBeUndefined();
    expect(form.secrets).toEqual({});

    await clickAndSettle(within(alert).getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(form.formData.workspace).toBe(VISION.id));
    expect(form.secrets).toEqual({ azureMlUserToken: USER_TOKEN });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the backend's 403 in plain words and lists again on Retry", async () => {
    const message =
      "Backstage permission policy denied 'azureMl.workspace.read' (read) to user:default/erin; ask an administrator for access.";
    const listWorkspaces = jest
      .fn<Promise<AzureMlWorkspaceList>, []>()
      .mockRejectedValueOnce(await forbiddenError(message))
      .mockResolvedValueOnce({ items: [VISION], unavailable: [] });
    renderTemplateForm([workspaceField()], { api: { listWorkspaces } });

    const alert = await screen.findByRole('alert', undefined, FIELD_START);
    expect(alert).toHaveTextContent(
      `Could not list your Azure ML workspaces: ${message}`,
    );
    expect(alert).not.toHaveTextContent('{');

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await openPicker(LABEL)).toEqual([
      `Visionmlw-vision · resource group rg-vision · subscription ${VISION.subscriptionId}`,
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says it is loading while the list loads', async () => {
    renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: () => new Promise(() => {}) },
    });

    expect(
      await screen.findByText(
        'Loading the Azure ML workspaces you can use…',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: 'Loading the Azure ML workspaces you can use…',
      }),
    ).toBeInTheDocument();
  });

  it('says so when the user can use no workspace', async () => {
    renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing([]) },
    });

    expect(
      await screen.findByText(
        'There is no Azure ML workspace you can use',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
  });

  it('names the subscriptions that could not be listed, with the reason', async () => {
    renderTemplateForm([workspaceField()], {
      api: {
        listWorkspaces: listing(
          [VISION],
          [
            {
              subscriptionId: '55555555-0000-4000-8000-000000000009',
              tenantId: '11111111-0000-4000-8000-000000000001',
              status: 403,
              message:
                "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000009'.",
            },
          ],
        ),
      },
    });

    expect(
      await screen.findByText(
        /The workspaces of one subscription are missing from the list/,
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Subscription 55555555-0000-4000-8000-000000000009: Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000009'.",
      ),
    ).toBeInTheDocument();
  });

  it('is marked required, and invalid when the form has errors for it', async () => {
    renderTemplateForm(
      [
        workspaceField({
          rawErrors: ["must have required property 'workspace'"],
        }),
      ],
      { api: { listWorkspaces: listing() } },
    );

    const input = await screen.findByRole(
      'textbox',
      { name: LABEL },
      FIELD_START,
    );
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('clears the value when the text is deleted, so required applies', async () => {
    const form = renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing() },
      initialFormData: { workspace: VISION.id },
      initialSecrets: { azureMlUserToken: USER_TOKEN },
    });
    await waitFor(
      () => expect(pickerInput(LABEL).value).toBe('Vision'),
      FIELD_START,
    );

    // As when the user selects the text and deletes it.
    fireEvent.change(pickerInput(LABEL), { target: { value: '' } });

    await waitFor(() => expect(form.formData.workspace).toBeUndefined());
  });

  it('asks for the token of a workspace already in the form when the secrets lack it', async () => {
    const getAccessToken = jest.fn(async () => USER_TOKEN);
    const form = renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing() },
      initialFormData: { workspace: VISION.id },
      getAccessToken,
    });

    await waitFor(
      () => expect(form.secrets.azureMlUserToken).toBe(USER_TOKEN),
      FIELD_START,
    );
    expect(getAccessToken).toHaveBeenCalledTimes(1);
    expect(form.formData.workspace).toBe(VISION.id);
  });

  it('does not ask again when the secrets already hold the token', async () => {
    const getAccessToken = jest.fn(async () => 'a-newer-token');
    const form = renderTemplateForm([workspaceField()], {
      api: { listWorkspaces: listing() },
      initialFormData: { workspace: VISION.id },
      initialSecrets: { azureMlUserToken: USER_TOKEN },
      getAccessToken,
    });

    await waitFor(
      () => expect(pickerInput(LABEL).value).toBe('Vision'),
      FIELD_START,
    );
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(form.secrets.azureMlUserToken).toBe(USER_TOKEN);
  });
});

describe('azureMlWorkspacePickerValidation', () => {
  function validate(value: string) {
    const validation = createFieldValidation();
    azureMlWorkspacePickerValidation(value, validation, {
      apiHolder: { get: () => undefined },
      formData: {},
      schema: {},
    });
    return validation.__errors;
  }

  it('accepts the ARM id of a workspace and leaves an empty field to required', () => {
    expect(validate(VISION.id)).toEqual([]);
    expect(validate('')).toEqual([]);
  });

  it('refuses anything else, saying what is wrong', () => {
    expect(validate('mlw-vision')).toEqual([
      expect.stringMatching(
        /^Pick a workspace from the list: this is not the id of an Azure ML workspace \(.+\)$/,
      ),
    ]);
    expect(validate(`${VISION.id}/computes/gpu`)).toHaveLength(1);
  });
});
