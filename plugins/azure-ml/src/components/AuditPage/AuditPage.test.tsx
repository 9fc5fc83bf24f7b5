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
import { useLocation } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  AzureMlAuditEvent,
  AzureMlAuditFilter,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  azureMlApiRef,
  type AzureMlApi,
  type AzureMlAuditListRequest,
} from '../../api';
import {
  APP_START,
  forbiddenError,
  responseError,
  WS_ID,
} from '../../__testUtils__';
import { AuditPage } from './AuditPage';

const JOB_ID = `${WS_ID}/jobs/job-1`;
const OTHER_WS = WS_ID.replace('mlw-vision', 'mlw-nlp');

function auditEvent(
  sequence: number,
  overrides: Partial<AzureMlAuditEvent> = {},
): AzureMlAuditEvent {
  return {
    sequence,
    id: `event-${sequence}`,
    time: '2026-04-01T10:00:00.000Z',
    actor: { userEntityRef: 'user:default/ada', objectId: 'oid-ada' },
    action: 'job.cancel',
    targetResourceId: JOB_ID,
    workspaceId: WS_ID,
    parameters: {},
    outcome: 'succeeded',
    correlationId: `corr-${sequence}`,
    source: 'portal',
    previousHash: 'p',
    hash: 'h',
    ...overrides,
  };
}

const verified = {
  valid: true,
  checkedEvents: 2,
  fromSequence: 1,
  toSequence: 2,
  verifiedAt: '2026-04-01T10:00:00.000Z',
};

function LocationProbe() {
  return <output aria-label="location">{useLocation().search}</output>;
}

function location(): URLSearchParams {
  return new URLSearchParams(screen.getByLabelText('location').textContent!);
}

interface FakeApi {
  listAuditEvents?: AzureMlApi['listAuditEvents'];
  exportAuditEvents?: AzureMlApi['exportAuditEvents'];
}

function render(fakes: FakeApi = {}, url = '/audit') {
  const listAuditEvents = jest.fn(
    fakes.listAuditEvents ??
      (async (): Promise<Page<AzureMlAuditEvent>> => ({ items: [] })),
  );
  const exportAuditEvents = jest.fn(
    fakes.exportAuditEvents ??
      (async () => ({ fileName: 'x.csv', blob: new Blob(['x']) })),
  );
  const verifyAuditLog = jest.fn(async () => verified);
  renderInTestApp(
    <>
      <AuditPage />
      <LocationProbe />
    </>,
    {
      apis: [
        [
          azureMlApiRef,
          {
            listAuditEvents,
            exportAuditEvents,
            verifyAuditLog,
          } as unknown as AzureMlApi,
        ],
      ],
      initialRouteEntries: [url],
    },
  );
  return { listAuditEvents, exportAuditEvents, verifyAuditLog };
}

function rows(): HTMLElement[] {
  return screen.queryAllByTestId('audit-row');
}

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent ?? '');
}

/** The local midnight starting a day, as the page sends it. */
const midnight = (y: number, m: number, d: number) =>
  new Date(y, m - 1, d).toISOString();

jest.setTimeout(30_000);

describe('AuditPage', () => {
  it('lists the events newest first, one row each, with every column', async () => {
    const { listAuditEvents } = render({
      listAuditEvents: async () => ({
        items: [
          auditEvent(2, {
            actor: {
              userEntityRef: 'user:default/bob',
              service: 'plugin:scaffolder',
            },
            action: 'template.run',
            outcome: 'failed',
            errorCode: 'QuotaExceeded',
            message: 'The compute quota is used up',
            source: 'scaffolder',
          }),
          auditEvent(1, {
            actor: { service: 'plugin:catalog' },
            action: 'endpoint.traffic.update',
            targetResourceId: `${WS_ID}/onlineEndpoints/ep-vision`,
            outcome: 'denied',
            deniedBy: 'azure',
            correlationId: undefined,
            source: 'azure-activity-log',
          }),
        ],
      }),
    });

    await waitFor(() => expect(rows()).toHaveLength(2), APP_START);
    const time = new Date('2026-04-01T10:00:00.000Z').toLocaleString();
    expect(rows().map(cellTexts)).toEqual([
      [
        `${time}#2`,
        'user:default/bobvia plugin:scaffolder',
        'Run software templatetemplate.run',
        'job-1',
        'mlw-vision',
        'Failed (QuotaExceeded)The compute quota is used up',
        'Software template',
        'corr-2',
      ],
      [
        `${time}#1`,
        'plugin:catalog',
        'Update endpoint trafficendpoint.traffic.update',
        'ep-vision',
        'mlw-vision',
        'Denied by Azure',
        'Azure Activity Log',
        '—',
      ],
    ]);
    expect(listAuditEvents).toHaveBeenCalledTimes(1);
    expect(listAuditEvents).toHaveBeenCalledWith({ limit: 50 });
  });

  it("shows a target's full ARM id on hover and on keyboard focus, and narrows the log to it on click", async () => {
    const { listAuditEvents } = render({
      listAuditEvents: async () => ({ items: [auditEvent(1)] }),
    });
    const target = await screen.findByRole(
      'button',
      { name: 'Show only events on job-1 and what lies under it' },
      APP_START,
    );
    expect(target).toHaveTextContent(/^job-1$/);

    fireEvent.mouseOver(target);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(JOB_ID);
    fireEvent.mouseLeave(target);
    await waitFor(() =>
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument(),
    );
    // Focus from the keyboard (Tab), as Material UI tells it from a click.
    fireEvent.keyDown(document.body, { key: 'Tab' });
    act(() => target.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(JOB_ID);

    fireEvent.click(target);
    await waitFor(() => expect(location().get('target')).toBe(JOB_ID));
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        targetResourceId: JOB_ID,
        limit: 50,
      }),
    );
  });

  it('asks for the filters of the URL, days as local midnights with the "to" day included', async () => {
    const { listAuditEvents } = render(
      {},
      `/audit?actor=user:default/ada&action=job.cancel,template.run,job.delete&outcome=failed,denied&source=portal&workspace=${encodeURIComponent(
        WS_ID,
      )}&target=${encodeURIComponent(
        JOB_ID,
      )}&correlationId=c-1&from=2026-04-01&to=2026-04-02`,
    );

    await waitFor(() => expect(listAuditEvents).toHaveBeenCalled(), APP_START);
    expect(listAuditEvents.mock.calls[0][0]).toEqual({
      actor: 'user:default/ada',
      // An action the page does not know is dropped.
      action: ['job.cancel', 'template.run'],
      outcome: ['failed', 'denied'],
      source: ['portal'],
      workspaceId: WS_ID,
      targetResourceId: JOB_ID,
      correlationId: 'c-1',
      from: midnight(2026, 4, 1),
      to: midnight(2026, 4, 3),
      limit: 50,
    });
    expect(screen.getByLabelText('Actor')).toHaveValue('user:default/ada');
    expect(screen.getByLabelText('From')).toHaveValue('2026-04-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-04-02');
    expect(
      await screen.findByText('No audit events match these filters.'),
    ).toBeInTheDocument();
  });

  it('writes filters to the URL and asks again', async () => {
    const { listAuditEvents } = render();
    await waitFor(
      () => expect(listAuditEvents).toHaveBeenCalledTimes(1),
      APP_START,
    );
    expect(
      await screen.findByText('The audit log has no events yet.'),
    ).toBeInTheDocument();

    const actor = screen.getByLabelText('Actor');
    fireEvent.change(actor, { target: { value: '  user:default/bob ' } });
    fireEvent.keyDown(actor, { key: 'Enter' });
    await waitFor(() =>
      expect(location().get('actor')).toBe('user:default/bob'),
    );

    fireEvent.mouseDown(screen.getByLabelText('Outcome'));
    fireEvent.click(await screen.findByRole('option', { name: 'Denied' }));
    fireEvent.click(screen.getByRole('option', { name: 'Failed' }));
    await waitFor(() =>
      expect(location().get('outcome')).toBe('denied,failed'),
    );
    act(() => {
      fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
    });

    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: '2026-03-01' },
    });
    await waitFor(() => expect(location().get('from')).toBe('2026-03-01'));

    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        actor: 'user:default/bob',
        outcome: ['denied', 'failed'],
        from: midnight(2026, 3, 1),
        limit: 50,
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(location().toString()).toBe(''));
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({ limit: 50 }),
    );
  });

  it("narrows the log to a row's workspace or correlation id", async () => {
    const { listAuditEvents } = render({
      listAuditEvents: async () => ({
        items: [auditEvent(3, { workspaceId: OTHER_WS })],
      }),
    });

    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Show only events in workspace mlw-nlp' },
        APP_START,
      ),
    );
    await waitFor(() => expect(location().get('workspace')).toBe(OTHER_WS));
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Show only events with correlation id corr-3',
      }),
    );
    await waitFor(() =>
      expect(listAuditEvents).toHaveBeenLastCalledWith({
        workspaceId: OTHER_WS,
        correlationId: 'corr-3',
        limit: 50,
      }),
    );
    expect(location().get('correlationId')).toBe('corr-3');
  });

  it('loads the next page on "Load more" and appends it', async () => {
    const { listAuditEvents } = render({
      listAuditEvents: async (request?: AzureMlAuditListRequest) =>
        request?.pageToken === 'page-2'
          ? { items: [auditEvent(1)] }
          : { items: [auditEvent(3), auditEvent(2)], nextPageToken: 'page-2' },
    });
    await waitFor(() => expect(rows()).toHaveLength(2), APP_START);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map(row => cellTexts(row)[0].split('#')[1])).toEqual([
      '3',
      '2',
      '1',
    ]);
    expect(listAuditEvents.mock.calls.map(([request]) => request)).toEqual([
      { limit: 50 },
      { pageToken: 'page-2', limit: 50 },
    ]);
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('shows progress while the first page loads', async () => {
    render({ listAuditEvents: () => new Promise(() => {}) });
    expect(
      await screen.findByTestId('progress', undefined, APP_START),
    ).toBeInTheDocument();
    expect(rows()).toEqual([]);
  });

  it('names the missing azureMl.audit.read permission on a 403', async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
    const { listAuditEvents } = render({
      listAuditEvents: async () => {
        throw await forbiddenError(denial, {
          method: 'GET',
          url: '/api/azure-ml/audit/events',
        });
      },
    });

    expect(
      await screen.findByText(
        /Reading the audit log needs the Backstage permission/,
        undefined,
        APP_START,
      ),
    ).toHaveTextContent(
      'Reading the audit log needs the Backstage permission azureMl.audit.read; ask a Backstage administrator for it.',
    );
    expect(screen.getAllByText(denial).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(listAuditEvents).toHaveBeenCalledTimes(2));
  });

  it("shows the backend's message of another failure, without the permission hint", async () => {
    render({
      listAuditEvents: async () => {
        throw await responseError(
          400,
          'InputError',
          'Invalid pageToken: it belongs to a query with other filters',
        );
      },
    });

    expect(
      await screen.findAllByText(
        'Invalid pageToken: it belongs to a query with other filters',
        undefined,
        APP_START,
      ),
    ).not.toHaveLength(0);
    expect(
      screen.queryByText(/needs the Backstage permission/),
    ).not.toBeInTheDocument();
  });

  it.each([
    [
      'from after to',
      '/audit?from=2026-04-03&to=2026-04-02',
      'From must not be after To.',
    ],
    [
      'a day that does not exist',
      '/audit?to=2026-02-30',
      'To is not a date: 2026-02-30',
    ],
    [
      'a workspace that is no workspace id',
      `/audit?workspace=${encodeURIComponent(JOB_ID)}`,
      "Workspace must be a workspace's Azure Resource Manager id",
    ],
    [
      'a target that is no ARM id',
      '/audit?target=job-1',
      'Target must be an Azure Resource Manager id starting with /subscriptions/.',
    ],
  ])(
    'refuses %s, asks nothing and offers no export',
    async (_case, url, problem) => {
      const { listAuditEvents, exportAuditEvents } = render({}, url);

      expect(
        await screen.findByText(
          'These filters cannot be used',
          undefined,
          APP_START,
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByText(
          new RegExp(problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        ),
      ).toBeInTheDocument();
      for (const name of ['Export NDJSON', 'Export CSV']) {
        const button = screen.getByRole('button', { name });
        expect(button).toBeDisabled();
        fireEvent.click(button);
      }
      expect(listAuditEvents).not.toHaveBeenCalled();
      expect(exportAuditEvents).not.toHaveBeenCalled();
    },
  );

  it('refuses a workspace typed that is no workspace id, and sends nothing more', async () => {
    const { listAuditEvents } = render();
    await waitFor(
      () => expect(listAuditEvents).toHaveBeenCalledTimes(1),
      APP_START,
    );

    const workspace = screen.getByLabelText('Workspace');
    fireEvent.change(workspace, { target: { value: 'mlw-vision' } });
    fireEvent.blur(workspace);

    expect(
      await screen.findByText(
        /Workspace must be a workspace's Azure Resource Manager id/,
      ),
    ).toBeInTheDocument();
    expect(location().get('workspace')).toBe('mlw-vision');
    expect(rows()).toEqual([]);
    expect(listAuditEvents).toHaveBeenCalledTimes(1);
  });

  describe('export', () => {
    const realCreate = URL.createObjectURL;
    const realRevoke = URL.revokeObjectURL;
    let clicked: Array<{ href: string; download: string }>;
    let clickSpy: jest.SpyInstance;

    beforeEach(() => {
      clicked = [];
      URL.createObjectURL = jest.fn(() => 'blob:audit-export');
      URL.revokeObjectURL = jest.fn();
      clickSpy = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function recordClick(this: HTMLAnchorElement) {
          clicked.push({ href: this.href, download: this.download });
        });
    });

    afterEach(() => {
      URL.createObjectURL = realCreate;
      URL.revokeObjectURL = realRevoke;
      clickSpy.mockRestore();
    });

    it('downloads the events of the current filters and saves them under the name the backend gave', async () => {
      const blob = new Blob(['sequence,id\r\n'], { type: 'text/csv' });
      const { exportAuditEvents } = render(
        {
          exportAuditEvents: async () => ({
            fileName: 'azure-ml-audit-2026-04-01.csv',
            blob,
          }),
        },
        '/audit?outcome=failed&from=2026-04-01',
      );

      fireEvent.click(
        await screen.findByRole('button', { name: 'Export CSV' }, APP_START),
      );

      await waitFor(() => expect(clicked).toHaveLength(1));
      const expected: AzureMlAuditFilter = {
        outcome: ['failed'],
        from: midnight(2026, 4, 1),
      };
      expect(exportAuditEvents).toHaveBeenCalledWith(expected, 'csv');
      expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
      expect(clicked).toEqual([
        {
          href: 'blob:audit-export',
          download: 'azure-ml-audit-2026-04-01.csv',
        },
      ]);
      await waitFor(() =>
        expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:audit-export'),
      );
      expect(document.querySelector('a[download]')).toBeNull();
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    });

    it('asks for NDJSON from "Export NDJSON", disabling both buttons meanwhile', async () => {
      let finish: () => void = () => {};
      const { exportAuditEvents } = render({
        exportAuditEvents: () =>
          new Promise(resolve => {
            finish = () =>
              resolve({ fileName: 'a.ndjson', blob: new Blob([]) });
          }),
      });

      fireEvent.click(
        await screen.findByRole('button', { name: 'Export NDJSON' }, APP_START),
      );

      expect(
        await screen.findByRole('button', { name: 'Exporting…' }),
      ).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
      expect(exportAuditEvents).toHaveBeenCalledWith({}, 'ndjson');
      act(() => finish());
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(clicked[0].download).toBe('a.ndjson');
      expect(
        await screen.findByRole('button', { name: 'Export NDJSON' }),
      ).toBeEnabled();
    });

    it('says why an export failed and saves nothing', async () => {
      const denial =
        "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
      render({
        exportAuditEvents: async () => {
          throw await forbiddenError(denial);
        },
      });

      fireEvent.click(
        await screen.findByRole('button', { name: 'Export CSV' }, APP_START),
      );

      expect(await screen.findAllByText(denial)).not.toHaveLength(0);
      expect(clicked).toEqual([]);
      expect(URL.createObjectURL).not.toHaveBeenCalled();
    });
  });
});
