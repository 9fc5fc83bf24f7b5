/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './azureCorrelation';
export * from './AzureRetryableError';
export * from './retryAfterMs';
export * from './readAzureErrorBody';
export * from './clientRequestIdPolicy';
export * from './retryAfterBudgetPolicy';
export * from './tryTimeoutPolicy';
export * from './ArmReadBudget';
export * from './armReadBudgetPolicy';
export {
  azureClientPipelineOptions,
  azureHttpPolicies,
  type AzureAdditionalPolicy,
  type AzureClientPipelineOptions,
  type AzureHttpResilienceOptions,
} from './azureClientPipelineOptions';
export * from './createAzurePipeline';
export * from './azureMlApiVersion';
