/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AzureMlAccessDoctorSubject } from '../../api';
import {
  ACCESS_DOCTOR_QUERY_KEYS as KEYS,
  parseSubjectParam,
  type ParsedSubjectParam,
} from './accessDoctorQuery';

/**
 * The access doctor's query, read from the URL, and how to change it.
 *
 * @internal
 */
export interface AccessDoctorQuery {
  /** The `workspace` parameter as given: the ARM id of the workspace to check. */
  workspaceId?: string;
  /** The refused action that sent the user here. */
  action?: string;
  /** Where it was refused. */
  scope?: string;
  /** Whom to examine, or why the `subject` parameter cannot be used. */
  subject: ParsedSubjectParam;
  /** Puts another workspace in the URL, or none. */
  setWorkspace(workspaceId: string | undefined): void;
  /** Puts another subject in the URL; `me` leaves the parameter out. */
  setSubject(subject: AzureMlAccessDoctorSubject): void;
}

/**
 * Reads the access doctor's query parameters (`workspace`, `action`,
 * `scope`, `subject`) and changes them in place, so the page can be shared
 * and reloaded as it is.
 *
 * @internal
 */
export function useAccessDoctorQuery(): AccessDoctorQuery {
  const [params, setParams] = useSearchParams();
  const read = (key: string) => params.get(key) || undefined;

  const update = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setWorkspace = useCallback(
    (workspaceId: string | undefined) => update(KEYS.workspace, workspaceId),
    [update],
  );
  const setSubject = useCallback(
    (subject: AzureMlAccessDoctorSubject) =>
      update(KEYS.subject, subject === 'me' ? undefined : subject),
    [update],
  );

  return {
    workspaceId: read(KEYS.workspace),
    action: read(KEYS.action),
    scope: read(KEYS.scope),
    subject: parseSubjectParam(params.get(KEYS.subject)),
    setWorkspace,
    setSubject,
  };
}
