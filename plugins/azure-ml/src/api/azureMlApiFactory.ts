/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  configApiRef,
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
  microsoftAuthApiRef,
} from '@backstage/frontend-plugin-api';
import { azureMlApiRef } from './AzureMlApi';
import { AzureMlClient } from './AzureMlClient';

/**
 * Builds the {@link AzureMlClient} from the app's discovery, fetch, Microsoft
 * sign-in and config APIs; shared by both frontend systems.
 *
 * @internal
 */
export const azureMlApiFactory = createApiFactory({
  api: azureMlApiRef,
  deps: {
    discoveryApi: discoveryApiRef,
    fetchApi: fetchApiRef,
    microsoftAuthApi: microsoftAuthApiRef,
    configApi: configApiRef,
  },
  factory: ({ discoveryApi, fetchApi, microsoftAuthApi, configApi }) =>
    new AzureMlClient({ discoveryApi, fetchApi, microsoftAuthApi, configApi }),
});
