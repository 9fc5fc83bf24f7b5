/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { AuditHook } from '../service/AuditHook';
import type { AzureMlJobService } from '../service/AzureMlJobService';
import type { UserTokenHeader } from '../service/UserTokenHeader';

/**
 * What the route handlers need.
 *
 * @internal
 */
export type RouteContext = {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userTokens: UserTokenHeader;
  jobs: AzureMlJobService;
  auditHook: AuditHook;
};
