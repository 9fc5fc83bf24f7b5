/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The URL of a page of Azure Machine Learning studio for one workspace, e.g.
 * `runs/my_job` or `model/churn`: studio finds the workspace by its ARM id
 * (`wsid`) and signs in to its tenant (`tid`).
 *
 * @public
 */
export function studioPageUrl(options: {
  /** The cloud's studio URL, e.g. `https://ml.azure.com`. */
  studio: string;
  /** The page, without a leading slash. */
  path: string;
  /** The workspace's ARM id. */
  workspaceId: string;
  /** The workspace's tenant. */
  tenantId: string;
}): string {
  const { studio, path, workspaceId, tenantId } = options;
  return `${studio}/${path}?wsid=${encodeURIComponent(
    workspaceId,
  )}&tid=${tenantId}`;
}
