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
