/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AuditorAuditHook } from './AuditorAuditHook';
export type { AuditCompletion, AuditEvent, AuditHook } from './AuditHook';
export {
  AZURE_ML_API_VERSION,
  AzureMlClients,
  type DelegatedAzureMlClient,
} from './AzureMlClients';
export { AzureMlJobService } from './AzureMlJobService';
export { createRouter } from './createRouter';
export { readOnBehalfOfClientCredential } from './readOnBehalfOfClientCredential';
export { UserTokenHeader } from './UserTokenHeader';
