/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { SubPageBlueprint } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { accessDoctorRouteRef } from '../routes';

/**
 * The "Access doctor" tab of the Azure ML page, at
 * `/azure-ml/access-doctor`: every check between a person and a workspace,
 * with verdicts and fixes; refusals across the portal link to it. Disable
 * `sub-page:azure-ml/access-doctor` in `app.extensions` to hide it (the
 * links then disappear too).
 *
 * @alpha
 */
export const azureMlAccessDoctorSubPageExtension = SubPageBlueprint.make({
  name: 'access-doctor',
  params: {
    path: 'access-doctor',
    title: 'Access doctor',
    routeRef: convertLegacyRouteRef(accessDoctorRouteRef),
    loader: () =>
      import('../components/AccessDoctorPage').then(m => (
        <m.AccessDoctorPage />
      )),
  },
});
