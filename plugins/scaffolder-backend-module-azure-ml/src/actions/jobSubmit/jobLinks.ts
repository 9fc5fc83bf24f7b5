/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobBase } from '@azure/arm-machinelearning';
import { studioPageUrl } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { workspaceTabPath } from '../portalPaths';

/**
 * The job in Azure ML studio: the link Azure gives the job (its `Studio`
 * service), or the studio page built the way the portal builds it.
 *
 * @internal
 */
export function jobStudioUrl(options: {
  job?: JobBase;
  studio: string;
  jobName: string;
  workspaceId: string;
  tenantId: string;
}): string {
  const given = options.job?.properties.services?.Studio?.endpoint;
  if (given) return given;
  return studioPageUrl({
    studio: options.studio,
    path: `runs/${encodeURIComponent(options.jobName)}`,
    workspaceId: options.workspaceId,
    tenantId: options.tenantId,
  });
}

/**
 * The job's page in the portal: the Azure ML tab of the workspace's entity.
 *
 * @internal
 */
export function jobPortalPath(
  entity: CompoundEntityRef,
  jobName: string,
): string {
  return workspaceTabPath(entity, 'jobs', jobName);
}
