/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureCustomRoleDefinition } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The custom role that grants exactly `actions` at one workspace, in the
 * format `az role definition create --role-definition` takes. Its name
 * (unique in a tenant, as Azure requires) names whom and which workspace it
 * is for; its description says what it rests on, and that it covers writes
 * only, to be assigned with Reader.
 *
 * @internal
 */
export function leastPrivilegeRoleDefinition(options: {
  /** Whom it is for: a group's or a principal's name. */
  holder: string;
  workspaceId: string;
  workspaceName: string;
  window: { from: string; to: string };
  actions: string[];
}): AzureCustomRoleDefinition {
  const { holder, workspaceId, workspaceName, window, actions } = options;
  return {
    Name: `Azure ML least privilege: ${holder} in ${workspaceName}`,
    IsCustom: true,
    Description: `The Azure actions ${holder} used in workspace ${workspaceName} from ${window.from} to ${window.to}, per the portal's audit ledger and the Azure Activity Log. They record writes, not reads: assign this role together with Reader.`,
    Actions: [...actions],
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: [workspaceId],
  };
}
