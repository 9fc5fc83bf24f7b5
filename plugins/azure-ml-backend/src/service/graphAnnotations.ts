/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The annotation `@backstage/plugin-catalog-backend-module-msgraph` puts on
 * each user it ingests: the user's Entra object id.
 *
 * @internal
 */
export const GRAPH_USER_ID_ANNOTATION = 'graph.microsoft.com/user-id';

/**
 * The annotation the msgraph module puts on each group it ingests: the
 * group's Entra object id.
 *
 * @internal
 */
export const GRAPH_GROUP_ID_ANNOTATION = 'graph.microsoft.com/group-id';
