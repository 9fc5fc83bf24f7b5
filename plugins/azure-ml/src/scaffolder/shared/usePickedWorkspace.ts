/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback } from 'react';
import { useClearOnWorkspaceChange } from './useClearOnWorkspaceChange';
import {
  DEFAULT_WORKSPACE_FIELD,
  readWorkspaceField,
  type PickedWorkspace,
} from './workspaceField';

/**
 * What a dependent picker needs of its field's props.
 *
 * @internal
 */
export interface DependentFieldProps {
  formData?: string;
  onChange(value: string | undefined): void;
  /** The scaffolder form's context: `formData` holds the whole form's data. */
  formContext?: { formData?: unknown };
  uiSchema?: { 'ui:options'?: { workspaceField?: string } };
}

/**
 * The workspace a dependent picker lists the items of: the one picked in
 * the field `ui:options.workspaceField` (`workspace` by default). The
 * picker's value is cleared when that workspace changes.
 *
 * @internal
 */
export function usePickedWorkspace(
  props: DependentFieldProps,
): PickedWorkspace | undefined {
  const { formData, onChange, formContext, uiSchema } = props;
  const picked = readWorkspaceField(
    formContext?.formData,
    uiSchema?.['ui:options']?.workspaceField ?? DEFAULT_WORKSPACE_FIELD,
  );
  const clear = useCallback(() => onChange(undefined), [onChange]);
  useClearOnWorkspaceChange(picked?.id, Boolean(formData), clear);
  return picked;
}
