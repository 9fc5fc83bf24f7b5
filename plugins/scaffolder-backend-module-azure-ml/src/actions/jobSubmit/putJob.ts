/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import {
  RestError,
  createHttpHeaders,
  createPipelineRequest,
} from '@azure/core-rest-pipeline';
import { readAzureErrorBody } from '@azure-ml-backstage/plugin-azure-ml-node';

/**
 * Creates a job with a REST body, through the SDK client's own pipeline
 * (the user's token, retries, `Retry-After` budget, timeouts).
 *
 * @remarks
 *
 * `jobs.createOrUpdate` of `@azure/arm-machinelearning` 2.1.1 cannot send
 * data inputs: its serializer has no discriminator entries for the
 * `uri_file`, `uri_folder` and `mltable` job inputs and drops their `uri`
 * and `mode`, which Azure then refuses. The body is sent as it is instead.
 *
 * @returns Azure's correlation id of the request.
 * @throws RestError, as the SDK's operations throw it, for an error answer.
 * @internal
 */
export async function putJob(
  sdk: { ml: AzureMachineLearningWorkspaces; resourceManager: string },
  job: {
    resourceGroup: string;
    workspaceName: string;
    jobName: string;
    body: unknown;
  },
): Promise<{ correlationId?: string }> {
  const { ml, resourceManager } = sdk;
  const path = [
    'subscriptions',
    ml.subscriptionId,
    'resourceGroups',
    job.resourceGroup,
    'providers/Microsoft.MachineLearningServices/workspaces',
    job.workspaceName,
    'jobs',
    job.jobName,
  ]
    .map(segment =>
      segment.includes('/') ? segment : encodeURIComponent(segment),
    )
    .join('/');
  const request = createPipelineRequest({
    url: `${resourceManager.replace(/\/+$/, '')}/${path}?api-version=${
      ml.apiVersion
    }`,
    method: 'PUT',
    body: JSON.stringify(job.body),
    headers: createHttpHeaders({
      'content-type': 'application/json',
      accept: 'application/json',
    }),
  });
  const response = await ml.sendRequest(request);
  if (response.status >= 400) {
    const { code, message } = readAzureErrorBody(response.bodyAsText);
    throw new RestError(
      message ?? `Azure answered ${response.status} to PUT ${path}`,
      { code, statusCode: response.status, request, response },
    );
  }
  return {
    correlationId: response.headers.get('x-ms-correlation-request-id'),
  };
}
