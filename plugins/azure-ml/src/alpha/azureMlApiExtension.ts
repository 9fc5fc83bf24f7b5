/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { azureMlApiFactory } from '../api';

/**
 * Provides the `azureMlApiRef` implementation, the {@link AzureMlClient}.
 *
 * @alpha
 */
export const azureMlApiExtension = ApiBlueprint.make({
  params: defineParams => defineParams(azureMlApiFactory),
});
