/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';

/**
 * The name of {@link clientRequestIdPolicy} in a pipeline.
 *
 * @public
 */
export const clientRequestIdPolicyName = 'azureMlClientRequestIdPolicy';

/**
 * Sets `x-ms-client-request-id` to a fresh UUID on every request that does
 * not carry one yet (a caller's own id is kept), so that Azure's logs and the
 * portal's name the same call. Add it per call: every retry of a request
 * sends the same id.
 *
 * @public
 */
export function clientRequestIdPolicy(): PipelinePolicy {
  return {
    name: clientRequestIdPolicyName,
    sendRequest(request, next) {
      if (!request.headers.has('x-ms-client-request-id')) {
        request.headers.set('x-ms-client-request-id', randomUUID());
      }
      return next(request);
    },
  };
}
