/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The topic of the Backstage events service on which the Azure ML plugins
 * announce that the assets of one workspace changed (the scaffolder module
 * registered a data asset, model or environment version), so that the
 * catalog module re-reads that workspace at once instead of at its next
 * scheduled run.
 *
 * @public
 */
export const AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC =
  'azure-ml.workspace-assets-changed';

/**
 * The payload of an {@link AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC} event.
 *
 * @public
 */
export type AzureMlWorkspaceAssetsChangedEvent = {
  /** The ARM id of the workspace whose assets changed. */
  workspaceId: string;
};

/**
 * Whether an event payload has the shape of an
 * {@link AzureMlWorkspaceAssetsChangedEvent}; the workspace id itself is
 * still to be validated (`parseWorkspaceId`).
 *
 * @public
 */
export function isAzureMlWorkspaceAssetsChangedEvent(
  payload: unknown,
): payload is AzureMlWorkspaceAssetsChangedEvent {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { workspaceId?: unknown }).workspaceId === 'string'
  );
}
