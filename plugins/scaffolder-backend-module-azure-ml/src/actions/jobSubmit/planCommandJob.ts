/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConflictError } from '@backstage/errors';
import {
  assetKinds,
  planAssetVersion,
  type AssetVersionPlan,
} from '../../service/AssetVersions';
import type { UserAzure } from '../../service/UserAzureClients';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import { dataPathsOf, type JobInputValue } from './commandJobBody';
import {
  checkDataAssets,
  resolveCode,
  resolveCompute,
  resolveEnvironment,
} from './jobReferences';

/**
 * What a job will run with, every reference resolved to an ARM id and
 * checked to exist, and the code asset to register for it, if any.
 *
 * @internal
 */
export type CommandJobPlan = {
  environmentId: string;
  computeId?: string;
  /** An existing code asset version. */
  codeId?: string;
  /** Code in storage, to register as a code asset before the job. */
  codeUpload?: { plan: AssetVersionPlan; codeUri: string };
};

/** Refuses a job name that is taken. */
async function checkJobNameIsFree(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  jobName: string,
): Promise<void> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const existing = await azure
    .call(`Read job ${jobName}`, ({ ml }) => ml.jobs.get(rg, ws, jobName))
    .catch(error => {
      if ((error as Error)?.name === 'NotFoundError') return undefined;
      throw error;
    });
  if (existing) {
    throw new ConflictError(
      `Workspace ${ws} has a job ${jobName} already; give the job another name, or leave name out for a generated one`,
    );
  }
}

/**
 * Plans a command job, reading Azure as the user only: the name (when
 * given) is free, and the environment, compute, code and data assets it
 * names exist.
 *
 * @throws InputError naming what does not exist; ConflictError for a taken name.
 * @internal
 */
export async function planCommandJob(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  job: {
    jobName: string;
    nameGiven: boolean;
    environment: string;
    compute?: string;
    code?: string;
    inputs?: Record<string, JobInputValue>;
  },
): Promise<CommandJobPlan> {
  if (job.nameGiven) await checkJobNameIsFree(azure, workspace, job.jobName);
  const environmentId = await resolveEnvironment(
    azure,
    workspace,
    job.environment,
  );
  const computeId = job.compute
    ? await resolveCompute(azure, workspace, job.compute)
    : undefined;
  const code = job.code
    ? await resolveCode(azure, workspace, job.code)
    : undefined;
  await checkDataAssets(azure, workspace, dataPathsOf(job.inputs));
  if (code && 'codeUri' in code) {
    const plan = await planAssetVersion(azure, {
      kind: assetKinds.code,
      workspace,
      name: `${job.jobName.slice(0, 245)}-code`,
    });
    return {
      environmentId,
      computeId,
      codeUpload: { plan, codeUri: code.codeUri },
    };
  }
  return { environmentId, computeId, codeId: code?.codeId };
}
