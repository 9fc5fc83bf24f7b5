/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * What every mapper of one workspace's assets needs to know about the
 * workspace.
 *
 * @internal
 */
export type WorkspaceContext = {
  /** The workspace's ARM id, exactly as ARM returned it. */
  workspaceId: string;
  /** The tenant of its subscription. */
  tenantId: string;
  /** The entity name of its System; asset names start with it. */
  systemName: string;
  /**
   * The owner of the workspace and of every asset in it whose `owner` tag
   * names no owner of its own, a full entity ref.
   */
  owner: string;
  /** The Azure portal URL of the cloud, e.g. `https://portal.azure.com`. */
  portal: string;
  /** The Azure ML studio URL of the cloud, e.g. `https://ml.azure.com`. */
  studio: string;
};
