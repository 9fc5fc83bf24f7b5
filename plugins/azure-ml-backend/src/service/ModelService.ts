/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ModelContainer, ModelVersion } from '@azure/arm-machinelearning';
import type {
  AzureMlModelContainer,
  AzureMlModelVersion,
  AzureMlModelVersionDetail,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mapModelContainer, mapModelVersion } from '../mappers';
import type { JobService } from './JobService';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * Reads registered models, their versions and lineage as the signed-in user.
 *
 * @internal
 */
export class ModelService {
  readonly #jobs: JobService;

  constructor(jobs: JobService) {
    this.#jobs = jobs;
  }

  /** One page of the workspace's registered models. */
  async list(
    session: WorkspaceSession,
    pageToken?: string,
  ): Promise<Page<AzureMlModelContainer>> {
    const page = await session.page<ModelContainer>(
      `List models of workspace ${session.workspace.workspaceName}`,
      'models',
      pageToken,
      (client, rg, ws) => client.modelContainers.list(rg, ws),
    );
    return {
      ...page,
      items: page.items.map(m => mapModelContainer(m, session)),
    };
  }

  /** One page of a model's versions, newest first. */
  async listVersions(
    session: WorkspaceSession,
    modelName: string,
    pageToken?: string,
  ): Promise<Page<AzureMlModelVersion>> {
    const page = await session.page<ModelVersion>(
      `List versions of model ${modelName}`,
      `models/${modelName}/versions`,
      pageToken,
      (client, rg, ws) => client.modelVersions.list(rg, ws, modelName),
    );
    return {
      ...page,
      items: page.items.map(v => mapModelVersion(v, session)),
    };
  }

  /**
   * One model version with the job that produced it. A producing job that is
   * gone or hidden from the user leaves `job` out; the version is still shown.
   */
  async getVersion(
    session: WorkspaceSession,
    modelName: string,
    version: string,
  ): Promise<AzureMlModelVersionDetail> {
    const model = mapModelVersion(
      await session.call(
        `Read version ${version} of model ${modelName}`,
        (client, rg, ws) =>
          client.modelVersions.get(rg, ws, modelName, version),
      ),
      session,
    );
    if (!model.jobName) return model;
    const job = await this.#jobs
      .get(session, model.jobName)
      .catch(() => undefined);
    return job ? { ...model, job } : model;
  }
}
