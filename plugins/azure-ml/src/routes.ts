/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the plugin's root page (`/azure-ml` by default); usable in
 * both frontend systems.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'azure-ml' });

/**
 * The route of the "Azure ML" entity tab, mounted where the app puts it on
 * the entity page; usable in both frontend systems.
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'azure-ml:entity-content',
});

/**
 * The route of the audit log page (`/azure-ml/audit` by default), which the
 * entity Activity cards link to; usable in both frontend systems.
 *
 * @public
 */
export const auditRouteRef = createRouteRef({ id: 'azure-ml:audit' });

/**
 * The route of the access map (`/azure-ml/access-map` by default): who can
 * do what in a workspace, by project role and by Azure RBAC, with the
 * workspace's ARM id in the `workspace` query parameter; usable in both
 * frontend systems.
 *
 * @public
 */
export const accessMapRouteRef = createRouteRef({ id: 'azure-ml:access-map' });

/**
 * The route of the access doctor (`/azure-ml/access-doctor` by default),
 * which refusals link to with the workspace, the refused action and its
 * scope in the query; usable in both frontend systems.
 *
 * @public
 */
export const accessDoctorRouteRef = createRouteRef({
  id: 'azure-ml:access-doctor',
});
