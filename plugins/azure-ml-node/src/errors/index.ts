/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export {
  parseAuthorizationFailed,
  toBackstageAzureError,
} from './toBackstageAzureError';
export { callAzure } from './callAzure';
export { azureFailureDetails } from './azureFailureDetails';
