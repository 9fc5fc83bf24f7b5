/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isAzureMlActivityAvailable } from '../components/AuditActivityCard/activityTarget';

/**
 * The "Activity" card on the overview of workspace, model and online
 * endpoint entities (see {@link isAzureMlActivityAvailable}): the last 10
 * audit events on the entity's Azure resource, linked to the audit log.
 *
 * @alpha
 */
export const azureMlActivityCardExtension = EntityCardBlueprint.make({
  name: 'activity',
  params: {
    type: 'content',
    filter: isAzureMlActivityAvailable,
    loader: () =>
      import('../components/AuditActivityCard').then(m => (
        <m.AuditActivityCard />
      )),
  },
});
