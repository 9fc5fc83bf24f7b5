/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { microsoftAuthApiRef } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  SecretsContextProvider,
  useTemplateSecrets,
  type FieldExtensionOptions,
} from '@backstage/plugin-scaffolder-react';
import {
  Stepper,
  type StepperProps,
} from '@backstage/plugin-scaffolder-react/alpha';
import type {
  AzureMlPortalFeature,
  AzureMlWorkspaceAccess,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../api';
import { WS_ID } from '../__testUtils__';
import {
  azureMlWorkspace,
  compute,
  FIELD_START,
  pickOption,
  PORTAL_CLIENT_ID,
  USER_TOKEN,
} from './__testUtils__';
import {
  AzureMlComputePicker,
  AzureMlComputePickerFieldSchema,
  azureMlComputePickerValidation,
} from './AzureMlComputePicker';
import {
  AzureMlWorkspacePicker,
  AzureMlWorkspacePickerFieldSchema,
  azureMlWorkspacePickerValidation,
} from './AzureMlWorkspacePicker';

const EXTENSIONS: FieldExtensionOptions<any, any>[] = [
  {
    name: 'AzureMlWorkspacePicker',
    component: AzureMlWorkspacePicker,
    validation: azureMlWorkspacePickerValidation,
    schema: AzureMlWorkspacePickerFieldSchema.schema,
  },
  {
    name: 'AzureMlComputePicker',
    component: AzureMlComputePicker,
    validation: azureMlComputePickerValidation,
    schema: AzureMlComputePickerFieldSchema.schema,
  },
];

/** The first step of a job template, as the scaffolder gets it from the template's parameters. */
const MANIFEST: StepperProps['manifest'] = {
  title: 'Submit a training job',
  steps: [
    {
      title: 'Where it runs',
      schema: {
        type: 'object',
        required: ['workspace', 'compute'],
        properties: {
          workspace: {
            type: 'string',
            title: 'Workspace',
            'ui:field': 'AzureMlWorkspacePicker',
          },
          compute: {
            type: 'string',
            title: 'Compute',
            'ui:field': 'AzureMlComputePicker',
          },
        },
      },
    },
  ],
};

/** The same step, with the workspace picker requiring `requiredFeatures`. */
function manifestRequiring(
  requiredFeatures: AzureMlPortalFeature[],
): StepperProps['manifest'] {
  const [step] = MANIFEST.steps;
  const properties = step.schema.properties as Record<string, object>;
  return {
    ...MANIFEST,
    steps: [
      {
        ...step,
        schema: {
          ...step.schema,
          properties: {
            ...properties,
            workspace: {
              ...properties.workspace,
              'ui:options': { requiredFeatures },
            },
          },
        },
      },
    ],
  };
}

function renderStepper(
  api: Partial<AzureMlApi>,
  initialState?: StepperProps['initialState'],
  manifest: StepperProps['manifest'] = MANIFEST,
) {
  const onCreate = jest.fn<
    ReturnType<StepperProps['onCreate']>,
    Parameters<StepperProps['onCreate']>
  >(async () => {});
  const seen: { secrets: Record<string, string> } = { secrets: {} };
  function SecretsProbe() {
    seen.secrets = useTemplateSecrets().secrets;
    return null;
  }
  renderInTestApp(
    <SecretsContextProvider>
      <SecretsProbe />
      <Stepper
        manifest={manifest}
        extensions={EXTENSIONS}
        onCreate={onCreate}
        initialState={initialState}
      />
    </SecretsContextProvider>,
    {
      apis: [
        [azureMlApiRef, api as AzureMlApi],
        [
          microsoftAuthApiRef,
          {
            getAccessToken: async () => USER_TOKEN,
          } as unknown as typeof microsoftAuthApiRef.T,
        ],
      ],
      config: { azureMl: { portalApp: { clientId: PORTAL_CLIENT_ID } } },
    },
  );
  return { onCreate, seen };
}

async function clickButton(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

const api: Partial<AzureMlApi> = {
  listWorkspaces: async () => ({
    items: [azureMlWorkspace()],
    unavailable: [],
  }),
  listComputes: async () => ({ items: [compute('gpu-cluster')] }),
};

jest.setTimeout(30_000);

beforeAll(() => {
  // The stepper scrolls to the top of each step; jsdom cannot scroll.
  window.scrollTo = jest.fn();
});

describe('the fields in the scaffolder form', () => {
  it('start the task with the workspace id and compute name as parameters and the token only as a secret', async () => {
    const { onCreate, seen } = renderStepper(api);
    await screen.findByRole('textbox', { name: /^Workspace/ }, FIELD_START);

    await pickOption(/^Workspace/, /^Vision/);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Compute/ })).toBeEnabled(),
    );
    await pickOption(/^Compute/, /^gpu-cluster/);
    await clickButton('Review');
    await clickButton('Create');

    expect(onCreate).toHaveBeenCalledWith({
      workspace: WS_ID,
      compute: 'gpu-cluster',
    });
    expect(JSON.stringify(onCreate.mock.calls)).not.toContain(USER_TOKEN);
    expect(seen.secrets).toEqual({ azureMlUserToken: USER_TOKEN });
  });

  it('do not let the user go on without a workspace', async () => {
    const { onCreate } = renderStepper(api);
    const workspaceInput = await screen.findByRole(
      'textbox',
      { name: /^Workspace/ },
      FIELD_START,
    );

    await clickButton('Review');

    // The browser refuses to submit the step while the required workspace
    // is missing; the compute cannot be picked before it.
    expect(workspaceInput).toBeRequired();
    expect((workspaceInput as HTMLInputElement).validity.valueMissing).toBe(
      true,
    );
    expect(screen.getByRole('textbox', { name: /^Compute/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('refuse a workspace filled in that is not a workspace id, saying why', async () => {
    const { onCreate } = renderStepper(api, {
      workspace: 'mlw-vision',
      compute: 'gpu-cluster',
    });
    await screen.findByRole('textbox', { name: /^Workspace/ }, FIELD_START);

    await clickButton('Review');

    expect(
      (
        await screen.findAllByText(
          /^Pick a workspace from the list: this is not the id of an Azure ML workspace/,
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(onCreate).not.toHaveBeenCalled();
  });

  describe('with a workspace picker that requires job.submit', () => {
    const JOB_WRITE = 'Microsoft.MachineLearningServices/workspaces/jobs/write';
    const DENIAL = `Azure RBAC does not grant '${JOB_WRITE}' on '${WS_ID}'; submitting jobs needs a role assignment that grants it, for example AzureML Data Scientist`;
    const denied: AzureMlWorkspaceAccess = {
      scope: WS_ID,
      features: [
        {
          feature: 'job.submit',
          allowed: false,
          denial: {
            side: 'azure',
            action: JOB_WRITE,
            scope: WS_ID,
            message: DENIAL,
          },
        },
      ],
    };

    async function fillIn(getAccess: AzureMlApi['getAccess']) {
      const rendered = renderStepper(
        { ...api, getAccess },
        undefined,
        manifestRequiring(['job.submit']),
      );
      await screen.findByRole('textbox', { name: /^Workspace/ }, FIELD_START);
      await pickOption(/^Workspace/, /^Vision/);
      await waitFor(() =>
        expect(screen.getByRole('textbox', { name: /^Compute/ })).toBeEnabled(),
      );
      await pickOption(/^Compute/, /^gpu-cluster/);
      return rendered;
    }

    it("do not let a user go on whom Azure denies it, saying why in the backend's words", async () => {
      const getAccess = jest.fn(async () => denied);
      const { onCreate } = await fillIn(getAccess);
      expect(await screen.findByText(DENIAL)).toBeInTheDocument();

      await clickButton('Review');

      // The step's validation refuses the workspace with the same reason.
      await waitFor(() =>
        expect(screen.getAllByText(DENIAL).length).toBeGreaterThan(1),
      );
      expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
      expect(onCreate).not.toHaveBeenCalled();
      expect(getAccess).toHaveBeenCalledTimes(2);
    });

    it('let the user go on when the check itself fails: the actions check again when they run', async () => {
      const getAccess = jest.fn(async (): Promise<AzureMlWorkspaceAccess> => {
        throw new TypeError('Failed to fetch');
      });
      const { onCreate } = await fillIn(getAccess);
      expect(
        await screen.findByText(/^Could not check your access to mlw-vision:/),
      ).toBeInTheDocument();

      await clickButton('Review');
      await clickButton('Create');

      expect(onCreate).toHaveBeenCalledWith({
        workspace: WS_ID,
        compute: 'gpu-cluster',
      });
    });
  });
});
