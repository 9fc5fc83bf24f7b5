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
