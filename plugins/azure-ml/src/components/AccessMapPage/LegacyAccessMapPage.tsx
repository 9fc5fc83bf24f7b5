/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { PageLayout } from '@backstage/frontend-plugin-api';
import { AzureMlIcon } from '../AzureMlIcon';
import { AccessMapPage } from './AccessMapPage';

/**
 * The access map page of the legacy frontend system, headed like the new
 * system's Azure ML page.
 *
 * @internal
 */
export function LegacyAccessMapPage() {
  return (
    <PageLayout title="Azure ML" icon={<AzureMlIcon />}>
      <AccessMapPage />
    </PageLayout>
  );
}
