/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Builds the paths of the views inside the "Azure ML" tab, from the tab's
 * own path, so any view can link to any other without knowing its depth.
 *
 * @internal
 */
export interface WorkspaceLinks {
  jobs(): string;
  job(jobName: string): string;
  compare(jobNames: string[]): string;
  models(): string;
  model(modelName: string): string;
  modelVersion(modelName: string, version: string): string;
  endpoints(): string;
  endpoint(endpointName: string): string;
  data(): string;
  computes(): string;
}

/**
 * The {@link WorkspaceLinks} under `basePath`, the tab's path.
 *
 * @internal
 */
export function workspaceLinks(basePath: string): WorkspaceLinks {
  const base = basePath.replace(/\/+$/, '');
  const at = (...segments: string[]) =>
    [base, ...segments.map(encodeURIComponent)].join('/');
  return {
    jobs: () => at('jobs'),
    job: jobName => at('jobs', jobName),
    compare: jobNames =>
      `${at('compare')}?jobs=${jobNames.map(encodeURIComponent).join(',')}`,
    models: () => at('models'),
    model: modelName => at('models', modelName),
    modelVersion: (modelName, version) =>
      at('models', modelName, 'versions', version),
    endpoints: () => at('endpoints'),
    endpoint: endpointName => at('endpoints', endpointName),
    data: () => at('data'),
    computes: () => at('computes'),
  };
}
