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
import type {
  AzureMlJob,
  AzureMlWorkspaceAccess,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  featureAccess,
  forbiddenError,
  job,
  renderWorkspaceView,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { accessDoctorRouteRef } from '../../routes';
import { CancelJobButton } from './CancelJobButton';

const CANCEL_ACTION =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const AZURE_DENIAL = `Azure RBAC denied action '${CANCEL_ACTION}' on scope '${WS_ID}': your roles do not include it; a role assignment that grants this action, such as AzureML Data Scientist, is needed.`;

function access(allowed: boolean): AzureMlWorkspaceAccess {
  return featureAccess(
    'job.cancel',
    WS_ID,
    allowed ? undefined : { action: CANCEL_ACTION, message: AZURE_DENIAL },
  );
}

function fakeApi(
  overrides: Partial<Pick<AzureMlApi, 'getAccess' | 'cancelJob'>> = {},
) {
  const getAccess = jest.fn(overrides.getAccess ?? (async () => access(true)));
  const cancelJob = jest.fn(
    overrides.cancelJob ??
      (async () => job({ status: 'CancelRequested' as const })),
  );
  return {
    api: { getAccess, cancelJob } as unknown as AzureMlApi,
    getAccess,
    cancelJob,
  };
}

async function render(api: AzureMlApi, shown: AzureMlJob = job()) {
  const onCancelled = jest.fn();
  await renderWorkspaceView(
    <CancelJobButton job={shown} onCancelled={onCancelled} />,
    api,
  );
  return onCancelled;
}

async function openDialog() {
  const button = await screen.findByRole('button', { name: 'Cancel job' });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  return screen.findByRole('dialog');
}

describe('CancelJobButton', () => {
  it('is hidden once the job has finished', async () => {
    const { api, getAccess } = fakeApi();
    for (const status of ['Completed', 'Failed', 'Canceled'] as const) {
      await render(api, job({ status }));
    }
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(getAccess).not.toHaveBeenCalled();
  });

  it('is disabled while access is being checked', async () => {
    const { api } = fakeApi({ getAccess: () => new Promise(() => {}) });
    await render(api);
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeDisabled();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Checking whether you may cancel this job',
    );
  });

  it('is disabled with the reason written next to it when Azure refuses', async () => {
    const { api, getAccess, cancelJob } = fakeApi({
      getAccess: async () => access(false),
    });
    await render(api);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(AZURE_DENIAL);
    const button = screen.getByRole('button', { name: 'Cancel job' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(AZURE_DENIAL);
    expect(getAccess).toHaveBeenCalledWith(workspace, {});
    fireEvent.click(button);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cancelJob).not.toHaveBeenCalled();
  });

  it('links the reason to the access doctor with the workspace, the refused action and its scope', async () => {
    const { api } = fakeApi({ getAccess: async () => access(false) });
    await renderWorkspaceView(
      <CancelJobButton job={job()} onCancelled={jest.fn()} />,
      api,
      { mountedRoutes: { '/azure-ml/access-doctor': accessDoctorRouteRef } },
    );

    const link = await screen.findByRole('link', {
      name: 'Diagnose with the access doctor',
    });
    expect(link).toHaveAttribute(
      'href',
      `/azure-ml/access-doctor?${new URLSearchParams({
        workspace: WS_ID,
        action: CANCEL_ACTION,
        scope: WS_ID,
      })}`,
    );
    // The link follows the note; the button's description stays the reason.
    expect(
      screen.getByRole('button', { name: 'Cancel job' }),
    ).toHaveAccessibleDescription(AZURE_DENIAL);
  });

  it('offers no access doctor link when the user may cancel', async () => {
    const { api } = fakeApi();
    await renderWorkspaceView(
      <CancelJobButton job={job()} onCancelled={jest.fn()} />,
      api,
      { mountedRoutes: { '/azure-ml/access-doctor': accessDoctorRouteRef } },
    );

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel job' })).toBeEnabled(),
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('is disabled when access cannot be checked', async () => {
    const { api } = fakeApi({
      getAccess: async () => {
        throw new Error('Service unavailable');
      },
    });
    await render(api);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Could not check access: Service unavailable',
    );
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeDisabled();
  });

  it('is disabled once a cancel was requested', async () => {
    const { api } = fakeApi();
    await render(api, job({ status: 'CancelRequested' }));
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeDisabled();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Cancellation requested',
    );
  });

  it('cancels after confirmation, showing progress meanwhile', async () => {
    let accept: (job: AzureMlJob) => void = () => {};
    const { api, cancelJob } = fakeApi({
      cancelJob: () =>
        new Promise<AzureMlJob>(resolve => {
          accept = resolve;
        }),
    });
    const onCancelled = await render(api);

    const dialog = await openDialog();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(
      within(dialog).getByRole('heading', {
        name: 'Cancel job Train defects?',
      }),
    ).toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(
      'Azure stops it and keeps what it logged so far.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel job' }));

    expect(cancelJob).toHaveBeenCalledTimes(1);
    expect(cancelJob).toHaveBeenCalledWith(workspace, 'job-1');
    expect(
      within(dialog).getByRole('progressbar', { name: 'Cancelling' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: /Cancelling/ }),
    ).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Keep running' }),
    ).toBeDisabled();
    expect(onCancelled).not.toHaveBeenCalled();

    const requested = job({ status: 'CancelRequested' });
    await act(async () => accept(requested));
    expect(onCancelled).toHaveBeenCalledWith(requested);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('sends nothing when the user keeps the job running', async () => {
    const { api, cancelJob } = fakeApi();
    const onCancelled = await render(api);

    const dialog = await openDialog();
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Keep running' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    const again = await openDialog();
    fireEvent.keyDown(again, { key: 'Escape' });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(cancelJob).not.toHaveBeenCalled();
    expect(onCancelled).not.toHaveBeenCalled();
  });

  it("keeps the dialog open with the backend's message when the cancel fails", async () => {
    const denial = `Backstage permission policy denied 'azureMl.job.cancel' (update) on system:default/mlw-vision; ask the workspace owners for access.`;
    const { api, cancelJob } = fakeApi({
      cancelJob: async () => {
        throw await forbiddenError(denial, {
          method: 'POST',
          url: '/api/azure-ml/x/jobs/job-1/cancel',
        });
      },
    });
    const onCancelled = await render(api);

    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel job' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      `Azure did not cancel the job: ${denial} (HTTP 403)`,
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onCancelled).not.toHaveBeenCalled();
    expect(cancelJob).toHaveBeenCalledTimes(1);
    // The user can try again.
    expect(
      within(dialog).getByRole('button', { name: 'Cancel job' }),
    ).toBeEnabled();
  });
});
