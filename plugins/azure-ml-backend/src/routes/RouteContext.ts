/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { AccessMapService } from '../accessMap/AccessMapService';
import type { LeastPrivilegeAdvisor } from '../advisor/LeastPrivilegeAdvisor';
import type { AuditLedger } from '../ledger/AuditLedger';
import type { AccessDoctor } from '../doctor/AccessDoctor';
import type { AccessService } from '../service/AccessService';
import type { AuditHook } from '../service/AuditHook';
import type { AzureMlSessions } from '../service/AzureMlSessions';
import type { CatalogEntityRefs } from '../service/CatalogEntityRefs';
import type { ComputeService } from '../service/ComputeService';
import type { DataAssetService } from '../service/DataAssetService';
import type { EndpointService } from '../service/EndpointService';
import type { EnvironmentService } from '../service/EnvironmentService';
import type { JobMetricsService } from '../service/JobMetricsService';
import type { JobService } from '../service/JobService';
import type { ModelService } from '../service/ModelService';
import type { UserTokenHeader } from '../service/UserTokenHeader';
import type { WorkspaceService } from '../service/WorkspaceService';

/**
 * What the route handlers need.
 *
 * @internal
 */
export type RouteContext = {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userTokens: UserTokenHeader;
  sessions: AzureMlSessions;
  entityRefs: CatalogEntityRefs;
  auditHook: AuditHook;
  /** The audit log the audit routes read and append to. */
  auditLedger: AuditLedger;
  workspaces: WorkspaceService;
  jobs: JobService;
  jobMetrics: JobMetricsService;
  models: ModelService;
  endpoints: EndpointService;
  dataAssets: DataAssetService;
  environments: EnvironmentService;
  computes: ComputeService;
  access: AccessService;
  /** The least-privilege advisor. */
  leastPrivilege: LeastPrivilegeAdvisor;
  /** Who can do what in a workspace, by project role and Azure RBAC. */
  accessMap: AccessMapService;
  /** The access doctor. */
  doctor: AccessDoctor;
};
