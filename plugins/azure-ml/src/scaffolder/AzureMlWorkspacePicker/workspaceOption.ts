/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlWorkspace } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { PickerOption } from '../shared/PickerOption';

/**
 * A workspace as the picker offers it: by its friendly name, with its name,
 * resource group and subscription to tell look-alikes apart.
 *
 * @internal
 */
export function workspaceOption(workspace: AzureMlWorkspace): PickerOption {
  return {
    value: workspace.id,
    label: workspace.displayName || workspace.name,
    detail: `${workspace.name} · resource group ${workspace.resourceGroup} · subscription ${workspace.subscriptionId}`,
  };
}
