/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { ServiceIdentityStrategy } from './types';

/**
 * The interface of {@link azureMlServiceIdentityStrategiesExtensionPoint}.
 *
 * @public
 */
export interface AzureMlServiceIdentityStrategiesExtensionPoint {
  /**
   * Adds a strategy for a new service identity mode. Throws if the mode is
   * not kebab-case or already has a strategy (the defaults included).
   */
  addStrategy(mode: string, strategy: ServiceIdentityStrategy): void;
}

/**
 * Lets backend modules add service identity strategies, for modes the
 * defaults do not cover. The plugin that registers it hands what was added
 * to its {@link AzureMlServiceIdentityService} (see
 * {@link ServiceIdentityStrategyRegistry}).
 *
 * @public
 */
export const azureMlServiceIdentityStrategiesExtensionPoint =
  createExtensionPoint<AzureMlServiceIdentityStrategiesExtensionPoint>({
    id: 'azure-ml.service-identity-strategies',
  });
