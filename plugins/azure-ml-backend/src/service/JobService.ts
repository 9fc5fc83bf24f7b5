/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobBase } from '@azure/arm-machinelearning';
import type {
  AzureMlJob,
  AzureMlJobFilter,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { NotFoundError } from '@backstage/errors';
import { mapJob } from '../mappers';
import type { WorkspaceSession } from './WorkspaceSession';

/** A filtered page stops after this many matches... */
const PAGE_TARGET = 20;
/** ...or after reading this many ARM pages, so one request stays bounded. */
const MAX_ARM_PAGES_PER_REQUEST = 5;

function matches(job: AzureMlJob, filter: AzureMlJobFilter): boolean {
  if (filter.status && !filter.status.includes(job.status)) return false;
  if (filter.experimentName && job.experimentName !== filter.experimentName)
    return false;
  if (
    filter.submittedBy &&
    job.submittedBy.toLowerCase() !== filter.submittedBy.toLowerCase()
  )
    return false;
  return true;
}

/**
 * Reads and acts on the jobs of a workspace as the signed-in user.
 *
 * @internal
 */
export class JobService {
  /**
   * One page of the workspace's active jobs, newest first, that match the
   * filter. Azure filters by job type; status, experiment and submitter are
   * filtered here, reading ARM pages until a page is full or a bounded number
   * of ARM pages was read, so a page may hold fewer jobs while more follow.
   */
  async list(
    session: WorkspaceSession,
    filter: AzureMlJobFilter,
    pageToken?: string,
  ): Promise<Page<AzureMlJob>> {
    const items: AzureMlJob[] = [];
    let token = pageToken;
    for (let read = 0; read < MAX_ARM_PAGES_PER_REQUEST; read++) {
      const page = await session.page<JobBase>(
        `List jobs of workspace ${session.workspace.workspaceName}`,
        'jobs',
        token,
        (client, rg, ws) =>
          client.jobs.list(rg, ws, {
            ...(filter.jobType ? { jobType: filter.jobType } : {}),
          }),
      );
      items.push(
        ...page.items.flatMap(job => {
          const mapped = this.#map(session, job);
          return mapped && matches(mapped, filter) ? [mapped] : [];
        }),
      );
      token = page.nextPageToken;
      if (!token || items.length >= PAGE_TARGET) break;
    }
    return token ? { items, nextPageToken: token } : { items };
  }

  /** One job. */
  async get(session: WorkspaceSession, jobName: string): Promise<AzureMlJob> {
    const job = await session.call(`Read job ${jobName}`, (client, rg, ws) =>
      client.jobs.get(rg, ws, jobName),
    );
    const mapped = this.#map(session, job);
    if (!mapped) {
      throw new NotFoundError(
        `Job ${jobName} is a ${job.properties.jobType} job, which the Azure ML plugin does not show`,
      );
    }
    return mapped;
  }

  /**
   * Asks Azure to cancel a job and returns once Azure accepted the request
   * (it answers 202 and cancels asynchronously), with its correlation id.
   */
  async cancel(
    session: WorkspaceSession,
    jobName: string,
  ): Promise<{ correlationId?: string }> {
    let correlationId: string | undefined;
    await session.call(`Cancel job ${jobName}`, (client, rg, ws) =>
      client.jobs.beginCancel(rg, ws, jobName, {
        onResponse: response => {
          correlationId ??= response.headers.get('x-ms-correlation-request-id');
        },
      }),
    );
    return { correlationId };
  }

  #map(session: WorkspaceSession, job: JobBase): AzureMlJob | undefined {
    return mapJob(
      job,
      session.studioUrl(`runs/${encodeURIComponent(job.name ?? '')}`),
    );
  }
}
