/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import {
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import type { AzureMlAuditVerification } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { accessDeniedMessage } from '../AzureMlErrorPanel';
import { formatTimestamp } from '../shared';

type BrokenReason = NonNullable<
  AzureMlAuditVerification['firstBroken']
>['reason'];

const BROKEN_REASONS: Record<BrokenReason, string> = {
  'hash-mismatch': 'its content does not match its hash (it was changed)',
  'previous-hash-mismatch':
    'it does not link to the event before it (an event was changed, removed or moved)',
  'sequence-gap': 'events before it are missing',
  'checkpoint-mismatch':
    'it does not follow the checkpoint the last prune left',
};

/** What the badge says, in one line. */
function verdict(verification: AzureMlAuditVerification) {
  const { firstBroken, checkedEvents } = verification;
  if (!verification.valid && firstBroken) {
    return (
      <StatusError>
        Chain broken at event #{firstBroken.sequence}:{' '}
        {BROKEN_REASONS[firstBroken.reason] ?? firstBroken.reason}
      </StatusError>
    );
  }
  if (!verification.valid) {
    return <StatusError>Chain broken</StatusError>;
  }
  return (
    <StatusOK>
      Chain verified: {checkedEvents} {checkedEvents === 1 ? 'event' : 'events'}
    </StatusOK>
  );
}

function details(verification: AzureMlAuditVerification): string {
  const range =
    verification.checkedEvents > 0
      ? `Events #${verification.fromSequence} to #${verification.toSequence}`
      : 'No events yet';
  const broken = verification.firstBroken?.message
    ? ` · ${verification.firstBroken.message}`
    : '';
  return `${range} · checked ${formatTimestamp(
    verification.verifiedAt,
  )}${broken}`;
}

/**
 * The audit log's chain status: verifies the hash chain when shown and says
 * "Chain verified: N events" (green) or "Chain broken at event #S: …"
 * (red), with a button to verify again. A refusal names the missing
 * permission in the backend's words.
 *
 * @internal
 */
export function ChainStatusBadge() {
  const state = useAzureMlData(api => api.verifyAuditLog(), []);
  const verifying = state.status === 'loading';

  let status;
  let caption: string | undefined;
  if (state.status === 'failed') {
    status = <StatusError>Chain not verified</StatusError>;
    caption =
      accessDeniedMessage(state.error) ??
      `The verification failed: ${state.error.message}`;
  } else if (verifying) {
    status = <StatusPending>Verifying the chain…</StatusPending>;
  } else {
    status = verdict(state.value);
    caption = details(state.value);
  }

  return (
    <Paper variant="outlined">
      <Box
        p={2}
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        flexWrap="wrap"
      >
        <Box role="status" aria-live="polite" mr={2}>
          <Typography component="div" variant="body1">
            {status}
          </Typography>
          {caption && (
            <Typography variant="caption" color="textSecondary">
              {caption}
            </Typography>
          )}
        </Box>
        <Button variant="outlined" onClick={state.reload} disabled={verifying}>
          {verifying ? 'Verifying…' : 'Re-verify'}
        </Button>
      </Box>
    </Paper>
  );
}
