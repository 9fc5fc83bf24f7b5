/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { AzureMlApi, AzureMlPageRequest } from '../../api';
import { AzureMlPickerField } from './AzureMlPickerField';
import type { PickerOption } from './PickerOption';
import { usePickedWorkspace } from './usePickedWorkspace';
import { MAX_PICKER_PAGES, usePickerItems } from './usePickerItems';

/**
 * Props of {@link WorkspaceItemPicker}.
 *
 * @internal
 */
export interface WorkspaceItemPickerProps<T> {
  /** The props the scaffolder form gives the field. */
  field: FieldExtensionComponentProps<string, { workspaceField?: string }>;
  /** The label when the field's schema has no title. */
  defaultLabel: string;
  /** What the items are called in messages, in the plural: `computes`. */
  plural: string;
  /** Gets one page of the workspace's items. */
  list(
    api: AzureMlApi,
    workspace: WorkspaceRef,
    request: AzureMlPageRequest,
  ): Promise<Page<T>>;
  toOption(item: T): PickerOption;
  /** Which items to offer; all when absent. */
  include?(item: T): boolean;
  /** What sort of items are offered, when `include` narrows them: `of type mltable`. */
  includeDescription?: string;
}

/**
 * A picker of one item of the workspace picked in another field of the
 * form: disabled with "Pick a workspace first" until there is one, then
 * listing that workspace's items; its value is cleared when the workspace
 * changes.
 *
 * @internal
 */
export function WorkspaceItemPicker<T>(props: WorkspaceItemPickerProps<T>) {
  const { field, defaultLabel, plural, list, toOption, include } = props;
  const {
    formData,
    onChange,
    required,
    rawErrors,
    uiSchema,
    schema,
    idSchema,
  } = field;
  const picked = usePickedWorkspace(field);
  const items = usePickerItems(
    (api, request) =>
      // Only called once a workspace is picked (enabled below).
      list(api, picked!.workspace, request),
    [picked?.id],
    Boolean(picked),
  );
  const name = picked?.workspace.workspaceName ?? '';
  const offered = include ? items.items.filter(include) : items.items;
  const sort = props.includeDescription ? ` ${props.includeDescription}` : '';

  return (
    <AzureMlPickerField
      id={idSchema?.$id ?? defaultLabel}
      label={schema?.title ?? defaultLabel}
      value={formData}
      onChange={onChange}
      options={offered.map(toOption)}
      required={required}
      invalid={(rawErrors?.length ?? 0) > 0}
      disabled={Boolean(uiSchema?.['ui:disabled'])}
      disabledReason={picked ? undefined : 'Pick a workspace first'}
      loading={items.loading}
      loadingText={`Loading the ${plural} of ${name}…`}
      emptyText={`${name} has no ${plural}${sort}`}
      errorTitle={`Could not list the ${plural} of ${name}`}
      error={items.error}
      onRetry={items.retry}
      note={
        items.truncated
          ? `Only the first ${MAX_PICKER_PAGES} pages of ${plural} are listed`
          : undefined
      }
    />
  );
}
