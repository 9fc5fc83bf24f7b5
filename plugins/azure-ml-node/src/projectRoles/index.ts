/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { defaultAzureMlProjectRoles } from './defaultAzureMlProjectRoles';
export { projectRolesHeldBy } from './projectRolesHeldBy';
export { readAzureMlProjectRoles } from './readAzureMlProjectRoles';
export type {
  AzureMlHeldProjectRole,
  AzureMlProjectRoleAssignment,
  AzureMlProjectRoleDefinitions,
  AzureMlProjectRoleScope,
  AzureMlProjectRoles,
} from './types';
