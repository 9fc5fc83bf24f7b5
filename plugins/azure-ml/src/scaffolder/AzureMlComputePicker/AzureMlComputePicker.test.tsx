/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, waitFor, within } from '@testing-library/react';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type {
  AzureMlCompute,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlPageRequest } from '../../api';
import { forbiddenError, workspace, WS_ID } from '../../__testUtils__';
import {
  azureMlWorkspace,
  clickAndSettle,
  compute,
  FIELD_START,
  openPicker,
  pickerInput,
  pickOption,
  renderTemplateForm,
  USER_TOKEN,
  type FieldUnderTest,
} from '../__testUtils__';
import { AzureMlWorkspacePicker } from '../AzureMlWorkspacePicker';
import { MAX_PICKER_PAGES } from '../shared/usePickerItems';
import { AzureMlComputePicker } from './AzureMlComputePicker';
import { azureMlComputePickerValidation } from './validation';

const VISION = azureMlWorkspace();
const CHURN = azureMlWorkspace({
  name: 'mlw-churn',
  displayName: 'Churn',
  resourceGroup: 'rg-churn',
});
const COMPUTE = /^Compute/;
const WORKSPACE = /^Azure ML workspace/;

const computeField: FieldUnderTest = {
  name: 'compute',
  component: AzureMlComputePicker,
  title: 'Compute',
  required: true,
};
const workspaceField: FieldUnderTest = {
  name: 'workspace',
  component: AzureMlWorkspacePicker,
  required: true,
};

type ListComputes = (
  ws: WorkspaceRef,
  request?: AzureMlPageRequest,
) => Promise<Page<AzureMlCompute>>;

/** The computes of each workspace, by workspace name. */
function computesByWorkspace(
  computes: Record<string, AzureMlCompute[]>,
): jest.MockedFunction<ListComputes> {
  return jest.fn(async (ws: WorkspaceRef) => ({
    items: computes[ws.workspaceName] ?? [],
  }));
}

jest.setTimeout(30_000);

describe('AzureMlComputePicker', () => {
  it('is disabled with "Pick a workspace first" until a workspace is picked, listing nothing', async () => {
    const listComputes = computesByWorkspace({});
    renderTemplateForm([computeField], { api: { listComputes } });

    const input = await screen.findByRole(
      'textbox',
      { name: COMPUTE },
      FIELD_START,
    );
    expect(input).toBeDisabled();
    expect(screen.getByText('Pick a workspace first')).toBeInTheDocument();
    expect(listComputes).not.toHaveBeenCalled();
  });

  it("lists the picked workspace's computes once one is picked, and keeps the compute's name", async () => {
    const listComputes = computesByWorkspace({
      'mlw-vision': [
        compute('gpu-cluster'),
        compute('ada-notebook', {
          computeType: 'ComputeInstance',
          vmSize: 'Standard_DS3_v2',
          provisioningState: 'Creating',
        }),
      ],
    });
    const form = renderTemplateForm([workspaceField, computeField], {
      api: {
        listWorkspaces: async () => ({
          items: [VISION, CHURN],
          unavailable: [],
        }),
        listComputes,
      },
    });
    await screen.findByRole('textbox', { name: WORKSPACE }, FIELD_START);
    expect(pickerInput(COMPUTE)).toBeDisabled();

    await pickOption(WORKSPACE, /^Vision/);

    await waitFor(() => expect(pickerInput(COMPUTE)).toBeEnabled());
    expect(await openPicker(COMPUTE)).toEqual([
      'gpu-clusterAmlCompute · Standard_NC6s_v3 · Succeeded',
      'ada-notebookComputeInstance · Standard_DS3_v2 · Creating',
    ]);
    expect(listComputes).toHaveBeenCalledWith(workspace, {});

    await pickOption(COMPUTE, /^gpu-cluster/);

    await waitFor(() =>
      expect(form.formData).toEqual({
        workspace: WS_ID,
        compute: 'gpu-cluster',
      }),
    );
    expect(form.secrets).toEqual({ azureMlUserToken: USER_TOKEN });
  });

  it('clears the compute and lists the other workspace when the workspace changes', async () => {
    const listComputes = computesByWorkspace({
      'mlw-vision': [compute('gpu-cluster')],
      'mlw-churn': [compute('cpu-cluster')],
    });
    const form = renderTemplateForm([workspaceField, computeField], {
      api: {
        listWorkspaces: async () => ({
          items: [VISION, CHURN],
          unavailable: [],
        }),
        listComputes,
      },
      initialFormData: { workspace: VISION.id, compute: 'gpu-cluster' },
      initialSecrets: { azureMlUserToken: USER_TOKEN },
    });
    await waitFor(
      () => expect(pickerInput(COMPUTE).value).toBe('gpu-cluster'),
      FIELD_START,
    );

    await pickOption(WORKSPACE, /^Churn/);

    await waitFor(() =>
      expect(form.formData).toEqual({
        workspace: CHURN.id,
        compute: undefined,
      }),
    );
    expect(await openPicker(COMPUTE)).toEqual([
      'cpu-clusterAmlCompute · Standard_NC6s_v3 · Succeeded',
    ]);
    expect(listComputes).toHaveBeenLastCalledWith(
      { ...workspace, resourceGroup: 'rg-churn', workspaceName: 'mlw-churn' },
      {},
    );
  });

  it('reads the workspace from the field ui:options.workspaceField names', async () => {
    const listComputes = computesByWorkspace({
      'mlw-vision': [compute('gpu-cluster')],
    });
    renderTemplateForm(
      [{ ...computeField, options: { workspaceField: 'target.workspace' } }],
      {
        api: { listComputes },
        initialFormData: { target: { workspace: WS_ID } },
      },
    );

    await waitFor(
      () => expect(pickerInput(COMPUTE)).toBeEnabled(),
      FIELD_START,
    );
    expect(await openPicker(COMPUTE)).toEqual([
      'gpu-clusterAmlCompute · Standard_NC6s_v3 · Succeeded',
    ]);
    expect(listComputes).toHaveBeenCalledWith(workspace, {});
  });

  it("shows Azure's 403 in plain words and lists again on Retry", async () => {
    const message =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/computes/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision': ada@contoso.com needs a role assignment that grants this action.";
    const listComputes = jest
      .fn<Promise<Page<AzureMlCompute>>, [WorkspaceRef, AzureMlPageRequest?]>()
      .mockRejectedValueOnce(await forbiddenError(message))
      .mockResolvedValueOnce({ items: [compute('gpu-cluster')] });
    renderTemplateForm([computeField], {
      api: { listComputes },
      initialFormData: { workspace: WS_ID },
    });

    const alert = await screen.findByRole('alert', undefined, FIELD_START);
    expect(alert).toHaveTextContent(
      `Could not list the computes of mlw-vision: ${message}`,
    );

    await clickAndSettle(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await openPicker(COMPUTE)).toEqual([
      'gpu-clusterAmlCompute · Standard_NC6s_v3 · Succeeded',
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the workspace has no computes', async () => {
    renderTemplateForm([computeField], {
      api: { listComputes: computesByWorkspace({}) },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByText(
        'mlw-vision has no computes',
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
  });

  it(`loads every page up to ${MAX_PICKER_PAGES} and says when the list is cut short`, async () => {
    const listComputes = jest.fn(
      async (_ws: WorkspaceRef, request?: AzureMlPageRequest) => {
        const page = Number(request?.pageToken ?? '1');
        return {
          items: [compute(`c${page}`)],
          nextPageToken: String(page + 1),
        };
      },
    );
    renderTemplateForm([computeField], {
      api: { listComputes },
      initialFormData: { workspace: WS_ID },
    });

    expect(
      await screen.findByText(
        `Only the first ${MAX_PICKER_PAGES} pages of computes are listed`,
        undefined,
        FIELD_START,
      ),
    ).toBeInTheDocument();
    expect(listComputes).toHaveBeenCalledTimes(MAX_PICKER_PAGES);
    expect(await openPicker(COMPUTE)).toHaveLength(MAX_PICKER_PAGES);
  });

  it('is marked required, and invalid when the form has errors for it', async () => {
    renderTemplateForm(
      [
        {
          ...computeField,
          rawErrors: ["must have required property 'compute'"],
        },
      ],
      {
        api: { listComputes: computesByWorkspace({}) },
        initialFormData: { workspace: WS_ID },
      },
    );

    const input = await screen.findByRole(
      'textbox',
      { name: COMPUTE },
      FIELD_START,
    );
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('azureMlComputePickerValidation', () => {
  function validate(value: string) {
    const validation = createFieldValidation();
    azureMlComputePickerValidation(value, validation, {
      apiHolder: { get: () => undefined },
      formData: {},
      schema: {},
    });
    return validation.__errors;
  }

  it('accepts a compute name and leaves an empty field to required', () => {
    expect(validate('gpu-cluster')).toEqual([]);
    expect(validate('')).toEqual([]);
  });

  it('refuses a name Azure does not allow, saying why', () => {
    expect(validate('gpu cluster')).toEqual([
      'Pick a compute from the list: compute name "gpu cluster" contains whitespace',
    ]);
  });
});
