/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  studioPageUrl,
  AZURE_ML_PORTAL_URL_ANNOTATION,
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  AZURE_ML_STUDIO_URL_ANNOTATION,
  AZURE_ML_TENANT_ID_ANNOTATION,
  AZURE_ML_WORKSPACE_ID_ANNOTATION,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
} from '@backstage/catalog-model';
import type { WorkspaceContext } from './WorkspaceContext';

/** The Azure portal page of an ARM resource. */
export function portalUrl(ctx: WorkspaceContext, resourceId: string): string {
  return `${ctx.portal}/#@${ctx.tenantId}/resource${resourceId}`;
}

/** A page of Azure ML studio in the workspace, e.g. `model/churn`. */
export function studioUrl(ctx: WorkspaceContext, path: string): string {
  return studioPageUrl({
    studio: ctx.studio,
    path,
    workspaceId: ctx.workspaceId,
    tenantId: ctx.tenantId,
  });
}

/**
 * The annotations every entity of the provider carries: ARM, workspace and
 * tenant ids, studio and portal links, and the resource's portal page as its
 * (origin) location.
 *
 * @internal
 */
export function assetAnnotations(
  ctx: WorkspaceContext,
  resourceId: string,
  studioPath: string,
): Record<string, string> {
  const portal = portalUrl(ctx, resourceId);
  return {
    [ANNOTATION_LOCATION]: `url:${portal}`,
    [ANNOTATION_ORIGIN_LOCATION]: `url:${portal}`,
    [AZURE_ML_RESOURCE_ID_ANNOTATION]: resourceId,
    [AZURE_ML_WORKSPACE_ID_ANNOTATION]: ctx.workspaceId,
    [AZURE_ML_TENANT_ID_ANNOTATION]: ctx.tenantId,
    [AZURE_ML_STUDIO_URL_ANNOTATION]: studioUrl(ctx, studioPath),
    [AZURE_ML_PORTAL_URL_ANNOTATION]: portal,
  };
}

/** `metadata.links` to the asset in studio and in the portal. */
export function assetLinks(annotations: Record<string, string>) {
  return [
    {
      url: annotations[AZURE_ML_STUDIO_URL_ANNOTATION],
      title: 'Open in Azure ML studio',
    },
    {
      url: annotations[AZURE_ML_PORTAL_URL_ANNOTATION],
      title: 'Open in the Azure portal',
    },
  ];
}
