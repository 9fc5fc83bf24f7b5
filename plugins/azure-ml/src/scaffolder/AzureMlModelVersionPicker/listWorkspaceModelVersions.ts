/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlModelVersion,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi, AzureMlPageRequest } from '../../api';
import { fetchPages } from '../../hooks/fetchPages';
import { MAX_PICKER_PAGES } from '../shared/usePickerItems';

/** Every version of one model, up to {@link MAX_PICKER_PAGES} pages. */
async function versionsOf(
  api: AzureMlApi,
  workspace: WorkspaceRef,
  modelName: string,
): Promise<AzureMlModelVersion[]> {
  const pages = await fetchPages(
    request => api.listModelVersions(workspace, modelName, request),
    MAX_PICKER_PAGES,
  );
  return pages.flatMap(page => page.items);
}

/**
 * One page of a workspace's model versions: the versions of every model on
 * one page of its models, model by model. The backend lists versions per
 * model only, so the pages follow the models list: the next page is that of
 * the next page of models.
 *
 * @internal
 */
export async function listWorkspaceModelVersions(
  api: AzureMlApi,
  workspace: WorkspaceRef,
  request: AzureMlPageRequest,
): Promise<Page<AzureMlModelVersion>> {
  const models = await api.listModels(workspace, request);
  const versions = await Promise.all(
    models.items.map(model => versionsOf(api, workspace, model.name)),
  );
  return { items: versions.flat(), nextPageToken: models.nextPageToken };
}
