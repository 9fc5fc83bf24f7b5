/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { auditOutcomeLabels } from './auditVocabulary';

const DENIED_BY = { backstage: 'Backstage', azure: 'Azure' } as const;

/**
 * An event's outcome in words: `Failed (QuotaExceeded)`, `Denied by Azure`.
 *
 * @internal
 */
export function describeOutcome(
  event: Pick<AzureMlAuditEvent, 'outcome' | 'errorCode' | 'deniedBy'>,
): string {
  const label = auditOutcomeLabels[event.outcome] ?? event.outcome;
  if (event.outcome === 'failed' && event.errorCode) {
    return `${label} (${event.errorCode})`;
  }
  if (event.outcome === 'denied' && event.deniedBy) {
    return `${label} by ${DENIED_BY[event.deniedBy]}`;
  }
  return label;
}

/**
 * An event's outcome as a status indicator followed by
 * {@link describeOutcome}: green for succeeded, red for failed, amber for
 * denied, grey for initiated.
 *
 * @internal
 */
export function AuditOutcomeIndicator(props: {
  event: Pick<AzureMlAuditEvent, 'outcome' | 'errorCode' | 'deniedBy'>;
}) {
  const text = describeOutcome(props.event);
  switch (props.event.outcome) {
    case 'succeeded':
      return <StatusOK>{text}</StatusOK>;
    case 'failed':
      return <StatusError>{text}</StatusError>;
    case 'denied':
      return <StatusWarning>{text}</StatusWarning>;
    default:
      return <StatusPending>{text}</StatusPending>;
  }
}
