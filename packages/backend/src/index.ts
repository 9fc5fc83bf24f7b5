/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createBackend } from '@backstage/backend-defaults';
import { portalFeatures } from './features';

const backend = createBackend();
for (const feature of portalFeatures) {
  backend.add(feature);
}
backend.start();
