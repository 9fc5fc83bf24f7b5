/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { addIdentityRoutes } from './identityRoutes';
export { addJobRoutes } from './jobRoutes';
export type { RouteContext } from './RouteContext';
