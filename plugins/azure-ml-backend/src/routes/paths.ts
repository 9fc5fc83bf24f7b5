/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The path of one workspace in the plugin's API.
 *
 * @internal
 */
export const WORKSPACE_PATH =
  '/workspaces/:subscriptionId/:resourceGroup/:workspaceName';
