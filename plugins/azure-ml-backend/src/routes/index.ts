/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { addAccessRoutes } from './accessRoutes';
export { addAdvisorRoutes } from './advisorRoutes';
export { addAccessDoctorRoutes } from './accessDoctorRoutes';
export { addAccessMapRoutes } from './accessMapRoutes';
export { addAssetRoutes } from './assetRoutes';
export { addAuditRoutes } from './auditRoutes';
export { addEndpointRoutes } from './endpointRoutes';
export { addIdentityRoutes } from './identityRoutes';
export { addJobRoutes } from './jobRoutes';
export { addModelRoutes } from './modelRoutes';
export { addWorkspaceRoutes } from './workspaceRoutes';
export type { RouteContext } from './RouteContext';
