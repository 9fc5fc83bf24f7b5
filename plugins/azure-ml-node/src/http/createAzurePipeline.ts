/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenCredential } from '@azure/core-auth';
import {
  bearerTokenAuthenticationPolicy,
  createPipelineFromOptions,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import {
  azureClientPipelineOptions,
  type AzureHttpResilienceOptions,
} from './azureClientPipelineOptions';

/**
 * A `@azure/core-rest-pipeline` pipeline for a client this package writes
 * itself, built as `@azure/core-client` builds an SDK client's: the default
 * policies with bounded `retryOptions`, a bearer token for `scopes` from
 * `credential`, and {@link azureClientPipelineOptions}' policies in the same
 * positions (per call outside the retry policy, per retry after signing).
 *
 * @public
 */
export function createAzurePipeline(options: {
  credential: TokenCredential;
  scopes: string | string[];
  resilience?: AzureHttpResilienceOptions;
}): Pipeline {
  const { retryOptions, additionalPolicies } = azureClientPipelineOptions(
    options.resilience,
  );
  const pipeline = createPipelineFromOptions({ retryOptions });
  pipeline.addPolicy(
    bearerTokenAuthenticationPolicy({
      credential: options.credential,
      scopes: options.scopes,
    }),
  );
  for (const { policy, position } of additionalPolicies) {
    pipeline.addPolicy(policy, {
      afterPhase: position === 'perRetry' ? 'Sign' : undefined,
    });
  }
  return pipeline;
}
