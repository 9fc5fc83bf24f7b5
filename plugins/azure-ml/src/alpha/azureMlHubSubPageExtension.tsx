/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { SubPageBlueprint } from '@backstage/frontend-plugin-api';

/**
 * The "Workspaces" tab of the Azure ML page, its first (so `/azure-ml`
 * opens it), at `/azure-ml/workspaces`: the ML hub of every workspace the
 * user can see, and the user's Azure identity.
 *
 * @alpha
 */
export const azureMlHubSubPageExtension = SubPageBlueprint.make({
  name: 'hub',
  params: {
    path: 'workspaces',
    title: 'Workspaces',
    loader: () => import('../components/MlHubPage').then(m => <m.MlHubPage />),
  },
});
