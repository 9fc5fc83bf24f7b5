/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Backend plugin of the Azure Machine Learning plugins for Backstage: a REST
 * API that calls Azure ML on behalf of the signed-in user, behind Backstage
 * permissions and Azure RBAC.
 *
 * @packageDocumentation
 */

export { azureMlPlugin as default } from './plugin';
export {
  AZURE_ML_API_VERSION,
  AuditorAuditHook,
  AzureMlClients,
} from './service';
export type {
  AuditCompletion,
  AuditEvent,
  AuditHook,
  DelegatedAzureMlClient,
} from './service';
