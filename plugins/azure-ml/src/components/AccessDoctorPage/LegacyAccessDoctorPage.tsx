/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { PageLayout } from '@backstage/frontend-plugin-api';
import { AzureMlIcon } from '../AzureMlIcon';
import { AccessDoctorPage } from './AccessDoctorPage';

/**
 * The access doctor page of the legacy frontend system, headed like the new
 * system's Azure ML page.
 *
 * @internal
 */
export function LegacyAccessDoctorPage() {
  return (
    <PageLayout title="Azure ML" icon={<AzureMlIcon />}>
      <AccessDoctorPage />
    </PageLayout>
  );
}
