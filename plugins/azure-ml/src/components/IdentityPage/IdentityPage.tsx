/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Content } from '@backstage/core-components';
import { PageLayout } from '@backstage/frontend-plugin-api';
import { AzureMlIcon } from '../AzureMlIcon';
import { IdentityCard } from '../IdentityCard';

/**
 * The "Azure ML" page of the legacy frontend system, headed like the new
 * system's page, showing the signed-in user's Azure identity.
 *
 * @internal
 */
export function IdentityPage() {
  return (
    <PageLayout title="Azure ML" icon={<AzureMlIcon />}>
      <Content>
        <IdentityCard />
      </Content>
    </PageLayout>
  );
}
