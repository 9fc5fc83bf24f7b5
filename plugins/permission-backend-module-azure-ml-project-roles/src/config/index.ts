/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { defaultProjectRoles } from './defaultProjectRoles';
export { projectRolesFromConfig } from './projectRolesFromConfig';
export type {
  ProjectRoleAssignment,
  ProjectRoleDefinitions,
  ProjectRoles,
} from './types';
