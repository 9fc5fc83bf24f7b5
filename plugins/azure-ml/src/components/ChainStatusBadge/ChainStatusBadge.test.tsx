/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { AzureMlAuditVerification } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../../api';
import { APP_START, forbiddenError } from '../../__testUtils__';
import { ChainStatusBadge } from './ChainStatusBadge';

const VERIFIED_AT = '2026-04-01T10:00:00.000Z';

const valid: AzureMlAuditVerification = {
  valid: true,
  checkedEvents: 1234,
  fromSequence: 1,
  toSequence: 1234,
  verifiedAt: VERIFIED_AT,
};

const broken: AzureMlAuditVerification = {
  valid: false,
  checkedEvents: 5,
  fromSequence: 1,
  toSequence: 5,
  firstBroken: {
    sequence: 5,
    reason: 'hash-mismatch',
    message: 'Event 5 does not match its hash',
  },
  verifiedAt: VERIFIED_AT,
};

function render(verifyAuditLog: AzureMlApi['verifyAuditLog']) {
  const verify = jest.fn(verifyAuditLog);
  renderInTestApp(<ChainStatusBadge />, {
    apis: [
      [azureMlApiRef, { verifyAuditLog: verify } as unknown as AzureMlApi],
    ],
  });
  return verify;
}

jest.setTimeout(30_000);

describe('ChainStatusBadge', () => {
  it('says how many events it verified, in green, with the range and time', async () => {
    const verify = render(async () => valid);

    expect(
      await screen.findByText(
        'Chain verified: 1234 events',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Events #1 to #1234 · checked ${new Date(
          VERIFIED_AT,
        ).toLocaleString()}`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Chain broken/)).not.toBeInTheDocument();
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('says "1 event" for one', async () => {
    render(async () => ({ ...valid, checkedEvents: 1, toSequence: 1 }));
    expect(
      await screen.findByText('Chain verified: 1 event', undefined, APP_START),
    ).toBeInTheDocument();
  });

  it('names the first broken event and why, in red', async () => {
    render(async () => broken);

    expect(
      await screen.findByText(
        'Chain broken at event #5: its content does not match its hash (it was changed)',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Event 5 does not match its hash/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Chain verified/)).not.toBeInTheDocument();
  });

  it.each([
    [
      'previous-hash-mismatch',
      'it does not link to the event before it (an event was changed, removed or moved)',
    ],
    ['sequence-gap', 'events before it are missing'],
    [
      'checkpoint-mismatch',
      'it does not follow the checkpoint the last prune left',
    ],
  ] as const)('words the reason %s', async (reason, words) => {
    render(async () => ({
      ...broken,
      firstBroken: { sequence: 9, reason, message: 'x' },
    }));
    expect(
      await screen.findByText(
        `Chain broken at event #9: ${words}`,
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
  });

  it('says it is verifying, with the button disabled, until the answer comes', async () => {
    let answer: (v: AzureMlAuditVerification) => void = () => {};
    render(
      () =>
        new Promise(resolve => {
          answer = resolve;
        }),
    );

    expect(
      await screen.findByText('Verifying the chain…', undefined, APP_START),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verifying…' })).toBeDisabled();
    answer(valid);
    expect(
      await screen.findByText('Chain verified: 1234 events'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Re-verify' })).toBeEnabled();
  });

  it('verifies again on "Re-verify" and shows the new verdict', async () => {
    const answers = [valid, broken];
    const verify = render(async () => answers.shift()!);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Re-verify' }, APP_START),
    );

    expect(
      await screen.findByText(/^Chain broken at event #5/),
    ).toBeInTheDocument();
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('names the missing permission when the backend refuses', async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
    render(async () => {
      throw await forbiddenError(denial);
    });

    expect(
      await screen.findByText('Chain not verified', undefined, APP_START),
    ).toBeInTheDocument();
    expect(screen.getByText(denial)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Re-verify' })).toBeEnabled();
  });

  it('says why another failure happened', async () => {
    render(async () => {
      throw new Error('Failed to fetch');
    });

    expect(
      await screen.findByText(
        'The verification failed: Failed to fetch',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
  });
});
