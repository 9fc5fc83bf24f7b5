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
  AzureMlFeatureAccess,
  AzureMlPortalFeature,
  AzureMlWorkspaceAccess,
  AzureMlWorkspaceList,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ApiHolder } from '@backstage/core-plugin-api';
import { forbiddenError, responseError } from '../../__testUtils__';
import { azureMlApiRef, type AzureMlApi } from '../../api';
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

const VISION_REF: WorkspaceRef = {
  subscriptionId: VISION.subscriptionId,
  resourceGroup: 'rg-vision',
  workspaceName: 'mlw-vision',
};

/** What the backend says to a Reader of mlw-vision about submitting jobs there. */
const AZURE_DENIAL = `Azure RBAC does not grant 'Microsoft.MachineLearningServices/workspaces/jobs/write' on '${VISION.id}'; submitting jobs needs a role assignment that grants it, for example AzureML Data Scientist`;

/** What the backend says when the policy denies registering data on mlw-vision's entity. */
const BACKSTAGE_DENIAL =
  "Backstage permission policy denied 'azureMl.data.register' (create) on resource:default/mlw-vision; ask a Backstage administrator for access";

const allowed = (feature: AzureMlPortalFeature): AzureMlFeatureAccess => ({
  feature,
  allowed: true,
});

const jobSubmitDenied: AzureMlFeatureAccess = {
  feature: 'job.submit',
  allowed: false,
  denial: {
    side: 'azure',
    action: 'Microsoft.MachineLearningServices/workspaces/jobs/write',
    scope: VISION.id,
    message: AZURE_DENIAL,
  },
};

const dataRegisterDenied: AzureMlFeatureAccess = {
  feature: 'data.register',
  allowed: false,
  denial: {
    side: 'backstage',
    permission: 'azureMl.data.register',
    action: 'create',
    scope: 'resource:default/mlw-vision',
    message: BACKSTAGE_DENIAL,
  },
};

/** The backend's access answer for mlw-vision, every other workspace feature allowed. */
function visionAccess(...features: AzureMlFeatureAccess[]) {
  const others = (
    [
      'job.cancel',
      'job.submit',
      'data.register',
      'model.register',
      'environment.create',
    ] as AzureMlPortalFeature[]
  )
    .filter(f => !features.some(e => e.feature === f))
    .map(allowed);
  return jest.fn(
    async (): Promise<AzureMlWorkspaceAccess> => ({
      scope: VISION.id,
      features: [...features, ...others],
    }),
  );
}

const CHECKING = 'Checking your access to mlw-vision…';

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

describe('AzureMlWorkspacePicker with ui:options.requiredFeatures', () => {
  const requiring = (...requiredFeatures: AzureMlPortalFeature[]) =>
    workspaceField({ options: { requiredFeatures } });

  /** Renders the field and picks mlw-vision in it. */
  async function pickVision(
    field: FieldUnderTest,
    getAccess: AzureMlApi['getAccess'],
  ) {
    const form = renderTemplateForm([field], {
      api: { listWorkspaces: listing(), getAccess },
    });
    await screen.findByRole('textbox', { name: LABEL }, FIELD_START);
    await pickOption(LABEL, /^Vision/);
    await waitFor(() => expect(form.formData.workspace).toBe(VISION.id));
    return form;
  }

  it('checks the picked workspace and says nothing more when every feature is allowed', async () => {
    const getAccess = visionAccess();
    await pickVision(requiring('job.submit'), getAccess);

    await waitFor(() =>
      expect(screen.queryByText(CHECKING)).not.toBeInTheDocument(),
    );
    expect(getAccess).toHaveBeenCalledTimes(1);
    expect(getAccess).toHaveBeenCalledWith(VISION_REF);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(pickerInput(LABEL)).toHaveAttribute('aria-invalid', 'false');
  });

  it("shows Azure's refusal in the backend's words, naming the missing action and the workspace", async () => {
    await pickVision(requiring('job.submit'), visionAccess(jobSubmitDenied));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `You cannot run this template in mlw-vision:${AZURE_DENIAL}`,
    );
    expect(pickerInput(LABEL)).toHaveAttribute('aria-invalid', 'true');
  });

  it("shows the Backstage policy's refusal, and every refusal when several features are denied", async () => {
    await pickVision(
      requiring('job.submit', 'data.register', 'model.register'),
      visionAccess(jobSubmitDenied, dataRegisterDenied),
    );

    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([AZURE_DENIAL, BACKSTAGE_DENIAL]);
  });

  it('says it is checking while the answer is on its way', async () => {
    await pickVision(requiring('job.submit'), () => new Promise(() => {}));

    expect(await screen.findByText(CHECKING)).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: CHECKING }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why the check failed without refusing the workspace, and checks again on Retry', async () => {
    const getAccess = jest
      .fn<Promise<AzureMlWorkspaceAccess>, [WorkspaceRef]>()
      .mockRejectedValueOnce(
        await responseError(
          503,
          'ServiceUnavailableError',
          'Azure Resource Manager did not answer in time.',
        ),
      )
      .mockImplementationOnce(visionAccess(jobSubmitDenied));
    await pickVision(requiring('job.submit'), getAccess);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not check your access to mlw-vision: Azure Resource Manager did not answer in time. You can go on; the template checks your access again when it runs.',
    );
    expect(pickerInput(LABEL)).toHaveAttribute('aria-invalid', 'false');

    await clickAndSettle(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText(AZURE_DENIAL)).toBeInTheDocument();
    expect(getAccess).toHaveBeenCalledTimes(2);
  });

  it('says when the backend does not answer for a feature, without refusing the workspace', async () => {
    await pickVision(
      requiring('endpoint.deployment.create' as AzureMlPortalFeature),
      visionAccess(),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The portal could not tell whether you may use endpoint.deployment.create in mlw-vision; the template checks it when it runs.',
    );
    expect(pickerInput(LABEL)).toHaveAttribute('aria-invalid', 'false');
  });

  it('checks nothing without required features', async () => {
    const getAccess = visionAccess(jobSubmitDenied);
    await pickVision(workspaceField(), getAccess);

    expect(getAccess).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('azureMlWorkspacePickerValidation', () => {
  /** An API holder with the Azure ML API `api`, as the scaffolder passes it. */
  function apiHolderWith(api?: Partial<AzureMlApi>): ApiHolder {
    return {
      get: ref => (ref.id === azureMlApiRef.id ? api : undefined) as any,
    };
  }

  async function validate(
    value: string,
    options: {
      api?: Partial<AzureMlApi>;
      requiredFeatures?: AzureMlPortalFeature[];
    } = {},
  ) {
    const validation = createFieldValidation();
    await azureMlWorkspacePickerValidation(value, validation, {
      apiHolder: apiHolderWith(options.api),
      formData: {},
      schema: {},
      uiSchema: options.requiredFeatures
        ? { 'ui:options': { requiredFeatures: options.requiredFeatures } }
        : {},
    });
    return validation.__errors;
  }

  it('accepts the ARM id of a workspace and leaves an empty field to required', async () => {
    expect(await validate(VISION.id)).toEqual([]);
    expect(await validate('')).toEqual([]);
  });

  it('refuses anything else, saying what is wrong', async () => {
    expect(await validate('mlw-vision')).toEqual([
      expect.stringMatching(
        /^Pick a workspace from the list: this is not the id of an Azure ML workspace \(.+\)$/,
      ),
    ]);
    expect(await validate(`${VISION.id}/computes/gpu`)).toHaveLength(1);
  });

  it('accepts a workspace where every required feature is allowed', async () => {
    const getAccess = visionAccess();
    expect(
      await validate(VISION.id, {
        api: { getAccess },
        requiredFeatures: ['job.submit', 'data.register'],
      }),
    ).toEqual([]);
    expect(getAccess).toHaveBeenCalledWith(VISION_REF);
  });

  it('refuses a workspace where a required feature is denied, with each reason in the backend words', async () => {
    expect(
      await validate(VISION.id, {
        api: { getAccess: visionAccess(jobSubmitDenied, dataRegisterDenied) },
        requiredFeatures: ['job.submit', 'data.register'],
      }),
    ).toEqual([AZURE_DENIAL, BACKSTAGE_DENIAL]);
  });

  it('refuses only for the features the template requires', async () => {
    expect(
      await validate(VISION.id, {
        api: { getAccess: visionAccess(jobSubmitDenied) },
        requiredFeatures: ['model.register'],
      }),
    ).toEqual([]);
  });

  it('does not refuse when the check itself fails: the template checks again when it runs', async () => {
    const getAccess = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(
      await validate(VISION.id, {
        api: { getAccess },
        requiredFeatures: ['job.submit'],
      }),
    ).toEqual([]);
    expect(getAccess).toHaveBeenCalledTimes(1);
  });

  it('asks nothing for an id that is not a workspace, or without required features', async () => {
    const getAccess = visionAccess(jobSubmitDenied);
    await validate('mlw-vision', {
      api: { getAccess },
      requiredFeatures: ['job.submit'],
    });
    await validate(VISION.id, { api: { getAccess } });
    expect(getAccess).not.toHaveBeenCalled();
  });
});
