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
  type RenewableCredential,
} from './AzureMlClients';
export { AzureMlSessions } from './AzureMlSessions';
export { CatalogDirectory } from './CatalogDirectory';
export { CatalogEntityRefs } from './CatalogEntityRefs';
export { ComputeService } from './ComputeService';
export { createRouter } from './createRouter';
export { DataAssetService } from './DataAssetService';
export { EndpointService } from './EndpointService';
export { EnvironmentService } from './EnvironmentService';
export { JobMetricsService } from './JobMetricsService';
export { JobService } from './JobService';
export { LedgerAuditHook } from './LedgerAuditHook';
export { ModelService } from './ModelService';
export { readOnBehalfOfClientCredential } from './readOnBehalfOfClientCredential';
export { UserTokenHeader } from './UserTokenHeader';
export { WorkspaceDirectory } from './WorkspaceDirectory';
export { WorkspaceService } from './WorkspaceService';
export { WorkspaceTrackingUris } from './WorkspaceTrackingUris';
