/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { SubPageBlueprint } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { auditRouteRef } from '../routes';

/**
 * The "Audit log" tab of the Azure ML page, at `/azure-ml/audit`: the
 * audit log with its filters, chain status and exports. Disable
 * `sub-page:azure-ml/audit` in `app.extensions` to hide it.
 *
 * @alpha
 */
export const azureMlAuditSubPageExtension = SubPageBlueprint.make({
  name: 'audit',
  params: {
    path: 'audit',
    title: 'Audit log',
    routeRef: convertLegacyRouteRef(auditRouteRef),
    loader: () => import('../components/AuditPage').then(m => <m.AuditPage />),
  },
});
