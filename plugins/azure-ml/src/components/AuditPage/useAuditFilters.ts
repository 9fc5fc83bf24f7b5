/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  parseWorkspaceId,
  type AzureMlAuditAction,
  type AzureMlAuditFilter,
  type AzureMlAuditOutcome,
  type AzureMlAuditSource,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  auditActionLabels,
  auditOutcomeLabels,
  auditSourceLabels,
} from './auditVocabulary';

/**
 * The URL query keys of the audit filters, by the filter they hold.
 *
 * @internal
 */
export const AUDIT_QUERY_KEYS = {
  actor: 'actor',
  action: 'action',
  workspaceId: 'workspace',
  targetResourceId: 'target',
  outcome: 'outcome',
  source: 'source',
  correlationId: 'correlationId',
  fromDate: 'from',
  toDate: 'to',
} as const;

/**
 * The audit filters as the filter bar edits them: dates as `YYYY-MM-DD`
 * days in the user's time zone, both ends included.
 *
 * @internal
 */
export interface AuditFilterValues {
  actor: string;
  action: AzureMlAuditAction[];
  workspaceId: string;
  targetResourceId: string;
  outcome: AzureMlAuditOutcome[];
  source: AzureMlAuditSource[];
  correlationId: string;
  fromDate: string;
  toDate: string;
}

/**
 * The audit filters kept in the URL query, what to ask the backend for,
 * and their setters.
 *
 * @internal
 */
export interface AuditFilters {
  values: AuditFilterValues;
  /** The filter to ask the backend for; absent while `problems` has any. */
  filter?: AzureMlAuditFilter;
  /** Why the filters cannot be used as they are, in words. */
  problems: string[];
  /** Sets one filter; an empty value removes it. */
  set<K extends keyof AuditFilterValues>(
    key: K,
    value: AuditFilterValues[K],
  ): void;
  /** Removes every filter. */
  clear(): void;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local midnight starting a `YYYY-MM-DD` day, `days` later; undefined for no such day. */
function localMidnight(day: string, days = 0): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [+match[1], +match[2], +match[3]];
  const midnight = new Date(year, month - 1, date);
  if (midnight.getMonth() !== month - 1 || midnight.getDate() !== date) {
    return undefined;
  }
  midnight.setDate(midnight.getDate() + days);
  return midnight;
}

function listOf<T extends string>(
  param: string | null,
  labels: Record<T, string>,
): T[] {
  return (param ?? '')
    .split(',')
    .filter((value): value is T =>
      Object.prototype.hasOwnProperty.call(labels, value),
    );
}

function readValues(params: URLSearchParams): AuditFilterValues {
  const text = (key: string) => params.get(key)?.trim() ?? '';
  const K = AUDIT_QUERY_KEYS;
  return {
    actor: text(K.actor),
    action: listOf(params.get(K.action), auditActionLabels),
    workspaceId: text(K.workspaceId),
    targetResourceId: text(K.targetResourceId),
    outcome: listOf(params.get(K.outcome), auditOutcomeLabels),
    source: listOf(params.get(K.source), auditSourceLabels),
    correlationId: text(K.correlationId),
    fromDate: text(K.fromDate),
    toDate: text(K.toDate),
  };
}

function isWorkspaceId(id: string): boolean {
  try {
    parseWorkspaceId(id);
    return true;
  } catch {
    return false;
  }
}

/** The backend filter for the values, or the reasons there is none. */
function toFilter(values: AuditFilterValues): {
  filter?: AzureMlAuditFilter;
  problems: string[];
} {
  const problems: string[] = [];
  const from = values.fromDate ? localMidnight(values.fromDate) : undefined;
  // The "to" day is included: events before the midnight that ends it.
  const to = values.toDate ? localMidnight(values.toDate, 1) : undefined;
  if (values.fromDate && !from) {
    problems.push(`From is not a date: ${values.fromDate}`);
  }
  if (values.toDate && !to) {
    problems.push(`To is not a date: ${values.toDate}`);
  }
  if (from && to && from >= to) {
    problems.push('From must not be after To.');
  }
  if (values.workspaceId && !isWorkspaceId(values.workspaceId)) {
    problems.push(
      "Workspace must be a workspace's Azure Resource Manager id: /subscriptions/…/resourceGroups/…/providers/Microsoft.MachineLearningServices/workspaces/….",
    );
  }
  if (
    values.targetResourceId &&
    !/^\/subscriptions\/\S*$/.test(values.targetResourceId)
  ) {
    problems.push(
      'Target must be an Azure Resource Manager id starting with /subscriptions/.',
    );
  }
  if (
    values.correlationId &&
    !/^[A-Za-z0-9._:-]+$/.test(values.correlationId)
  ) {
    problems.push(
      'A correlation id holds only letters, digits, ".", "_", ":" and "-".',
    );
  }
  if (problems.length > 0) {
    return { problems };
  }
  const filter: AzureMlAuditFilter = {
    ...(values.actor ? { actor: values.actor } : {}),
    ...(values.action.length ? { action: values.action } : {}),
    ...(values.workspaceId ? { workspaceId: values.workspaceId } : {}),
    ...(values.targetResourceId
      ? { targetResourceId: values.targetResourceId }
      : {}),
    ...(values.outcome.length ? { outcome: values.outcome } : {}),
    ...(values.source.length ? { source: values.source } : {}),
    ...(values.correlationId ? { correlationId: values.correlationId } : {}),
    ...(from ? { from: from.toISOString() } : {}),
    ...(to ? { to: to.toISOString() } : {}),
  };
  return { filter, problems };
}

/**
 * Reads and writes the audit filters in the URL query (`actor`, `action`,
 * `workspace`, `target`, `outcome`, `source`, `correlationId`, `from`,
 * `to`; lists comma-separated, days as `YYYY-MM-DD`), so that a filtered
 * view of the log can be shared by its link. Values the filter bar does not
 * know (an unknown action) are dropped; values it cannot use (a workspace
 * that is no workspace id, `from` after `to`) are reported in `problems`
 * and nothing is asked of the backend.
 *
 * @internal
 */
export function useAuditFilters(): AuditFilters {
  const [searchParams, setSearchParams] = useSearchParams();
  const queryText = searchParams.toString();
  const values = useMemo(
    () => readValues(new URLSearchParams(queryText)),
    [queryText],
  );
  const { filter, problems } = useMemo(() => toFilter(values), [values]);

  const set = useCallback(
    <K extends keyof AuditFilterValues>(
      key: K,
      value: AuditFilterValues[K],
    ) => {
      setSearchParams(
        previous => {
          const next = new URLSearchParams(previous);
          const text = Array.isArray(value)
            ? value.join(',')
            : String(value).trim();
          if (text) {
            next.set(AUDIT_QUERY_KEYS[key], text);
          } else {
            next.delete(AUDIT_QUERY_KEYS[key]);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const clear = useCallback(() => {
    setSearchParams(
      previous => {
        const next = new URLSearchParams(previous);
        Object.values(AUDIT_QUERY_KEYS).forEach(key => next.delete(key));
        return next;
      },
      { replace: true },
    );
  }, [setSearchParams]);

  return { values, filter, problems, set, clear };
}
