/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { PageLayout } from '@backstage/frontend-plugin-api';
import { AzureMlIcon } from '../AzureMlIcon';
import { MlHubPage } from '../MlHubPage';

/**
 * The "Azure ML" page of the legacy frontend system, headed like the new
 * system's page: the ML hub.
 *
 * @internal
 */
export function LegacyHubPage() {
  return (
    <PageLayout title="Azure ML" icon={<AzureMlIcon />}>
      <MlHubPage />
    </PageLayout>
  );
}
