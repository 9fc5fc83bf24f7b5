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
import {
  codeUploadUri,
  readCodeDatastore,
  type CodeDatastore,
} from './codeDatastore';
import { readCodeFolder, type CodeFolder } from './codeFolder';
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
  /**
   * Code in storage, to register as a code asset before the job; with
   * `fromFolder`, a folder of the task workspace to upload there first.
   */
  codeUpload?: {
    plan: AssetVersionPlan;
    codeUri: string;
    fromFolder?: { folder: CodeFolder; datastore: CodeDatastore };
  };
};

/** The code asset the action registers for a job: `<job>-code`, its next version. */
function planCodeAsset(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  jobName: string,
) {
  return planAssetVersion(azure, {
    kind: assetKinds.code,
    workspace,
    name: `${jobName.slice(0, 245)}-code`,
  });
}

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
 * names exist. A `codePath` is read from the task workspace first (nothing
 * is uploaded yet), and the workspace's `workspaceblobstore` it goes to.
 *
 * @throws InputError naming what does not exist or what is wrong with the
 *   code folder; ConflictError for a taken name.
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
    /** A folder of the task workspace, relative to `workspacePath`. */
    codePath?: string;
    workspacePath: string;
    inputs?: Record<string, JobInputValue>;
  },
): Promise<CommandJobPlan> {
  const folder = job.codePath
    ? await readCodeFolder(job.workspacePath, job.codePath)
    : undefined;
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
  if (folder) {
    const datastore = await readCodeDatastore(azure, workspace);
    return {
      environmentId,
      computeId,
      codeUpload: {
        plan: await planCodeAsset(azure, workspace, job.jobName),
        codeUri: codeUploadUri(datastore, folder),
        fromFolder: { folder, datastore },
      },
    };
  }
  if (code && 'codeUri' in code) {
    return {
      environmentId,
      computeId,
      codeUpload: {
        plan: await planCodeAsset(azure, workspace, job.jobName),
        codeUri: code.codeUri,
      },
    };
  }
  return { environmentId, computeId, codeId: code?.codeId };
}
