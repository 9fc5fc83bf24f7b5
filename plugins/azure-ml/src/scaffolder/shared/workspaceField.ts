/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseWorkspaceId,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The form field the dependent pickers read the workspace from when
 * `ui:options.workspaceField` does not name another.
 *
 * @internal
 */
export const DEFAULT_WORKSPACE_FIELD = 'workspace';

/**
 * How the dependent pickers' `ui:options.workspaceField` is described to
 * template authors.
 *
 * @internal
 */
export const WORKSPACE_FIELD_DESCRIPTION =
  'The name of the form field that holds the workspace id, an AzureMlWorkspacePicker; a dot-separated path for a field inside an object (default workspace)';

/**
 * The workspace a dependent picker lists the items of.
 *
 * @internal
 */
export interface PickedWorkspace {
  /** The workspace's canonical ARM id. */
  id: string;
  workspace: WorkspaceRef;
}

/** The value at a dot-separated path of the form data, for fields inside objects. */
function valueAt(formData: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      formData,
    );
}

/**
 * Reads the workspace picked in the form field `fieldName` (a dot-separated
 * path for fields inside objects) of the whole form's data; `undefined`
 * until a valid workspace id is there.
 *
 * @internal
 */
export function readWorkspaceField(
  formData: unknown,
  fieldName: string = DEFAULT_WORKSPACE_FIELD,
): PickedWorkspace | undefined {
  const value = valueAt(formData, fieldName);
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  try {
    return parseWorkspaceId(value);
  } catch {
    return undefined;
  }
}
