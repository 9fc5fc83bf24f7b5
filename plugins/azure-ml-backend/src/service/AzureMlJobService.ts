/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { getContinuationToken, type JobBase } from '@azure/arm-machinelearning';
import type {
  AzureMlJob,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  workspaceChildId,
  workspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';
import { NotFoundError } from '@backstage/errors';
import type { AzureMlClients, DelegatedAzureMlClient } from './AzureMlClients';
import { JobPageToken } from './JobPageToken';
import { mapJob } from './mapJob';
import { toBackstageAzureError } from './toBackstageAzureError';

/**
 * Reads and acts on the jobs of Azure Machine Learning workspaces as the
 * signed-in user.
 *
 * @internal
 */
export class AzureMlJobService {
  readonly #clients: AzureMlClients;
  readonly #pageTokens: JobPageToken;
  readonly #studio: string;

  constructor(options: {
    clients: AzureMlClients;
    resourceManager: string;
    machineLearningStudio: string;
  }) {
    this.#clients = options.clients;
    this.#pageTokens = new JobPageToken(options.resourceManager);
    this.#studio = options.machineLearningStudio;
  }

  /** One page of the workspace's active jobs, newest first. */
  async listJobs(
    user: ValidatedUserToken,
    workspace: WorkspaceRef,
    pageToken?: string,
  ): Promise<Page<AzureMlJob>> {
    const id = workspaceId(workspace);
    const continuationToken =
      pageToken === undefined
        ? undefined
        : this.#pageTokens.decode(pageToken, id);
    const azure = this.#clients.forUser(user, workspace.subscriptionId);
    const page = await this.#call(
      azure,
      `List jobs of workspace ${workspace.workspaceName}`,
      async () => {
        const pages = azure.client.jobs
          .list(workspace.resourceGroup, workspace.workspaceName)
          .byPage({ continuationToken });
        const { value } = await pages.next();
        return (value ?? []) as JobBase[];
      },
    );
    const nextLink = getContinuationToken(page);
    const items = page.flatMap(job => {
      const mapped = mapJob(job, this.#studioUrl(id, user, job.name ?? ''));
      return mapped ? [mapped] : [];
    });
    return nextLink
      ? { items, nextPageToken: this.#pageTokens.encode(nextLink) }
      : { items };
  }

  /** One job. */
  async getJob(
    user: ValidatedUserToken,
    workspace: WorkspaceRef,
    jobName: string,
  ): Promise<AzureMlJob> {
    const id = workspaceChildId(workspace, { kind: 'job', jobName });
    const azure = this.#clients.forUser(user, workspace.subscriptionId);
    const job = await this.#call(azure, `Read job ${jobName}`, () =>
      azure.client.jobs.get(
        workspace.resourceGroup,
        workspace.workspaceName,
        jobName,
      ),
    );
    const mapped = mapJob(
      job,
      this.#studioUrl(workspaceId(workspace), user, jobName),
    );
    if (!mapped) {
      throw new NotFoundError(
        `Job ${id} is a ${job.properties.jobType} job, which the Azure ML plugin does not show`,
      );
    }
    return mapped;
  }

  /**
   * Asks Azure to cancel a job and returns once Azure accepted the request
   * (it answers 202 and cancels asynchronously), with its correlation id.
   */
  async cancelJob(
    user: ValidatedUserToken,
    workspace: WorkspaceRef,
    jobName: string,
  ): Promise<{ correlationId?: string }> {
    const azure = this.#clients.forUser(user, workspace.subscriptionId);
    let correlationId: string | undefined;
    await this.#call(azure, `Cancel job ${jobName}`, () =>
      azure.client.jobs.beginCancel(
        workspace.resourceGroup,
        workspace.workspaceName,
        jobName,
        {
          onResponse: response => {
            correlationId ??= response.headers.get(
              'x-ms-correlation-request-id',
            );
          },
        },
      ),
    );
    return { correlationId };
  }

  #studioUrl(id: string, user: ValidatedUserToken, jobName: string): string {
    return `${this.#studio}/runs/${encodeURIComponent(
      jobName,
    )}?wsid=${encodeURIComponent(id)}&tid=${user.tenantId}`;
  }

  async #call<T>(
    azure: DelegatedAzureMlClient,
    what: string,
    fn: () => Promise<T>,
  ): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      const mapped = toBackstageAzureError(error, what);
      if (mapped.name === 'AuthenticationError') azure.invalidateToken();
      throw mapped;
    }
  }
}
