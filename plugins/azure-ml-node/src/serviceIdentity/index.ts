/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export type {
  AzureMlServiceIdentityService,
  ServiceIdentityStrategy,
  ServiceIdentityStrategyContext,
} from './types';
export { WorkloadIdentityStrategy } from './WorkloadIdentityStrategy';
export { ManagedIdentityStrategy } from './ManagedIdentityStrategy';
export { ClientAssertionStrategy } from './ClientAssertionStrategy';
export { ClientSecretStrategy } from './ClientSecretStrategy';
export { buildDefaultServiceIdentityStrategies } from './buildDefaultServiceIdentityStrategies';
export { ServiceIdentityDispatcher } from './ServiceIdentityDispatcher';
export type { ServiceIdentityDispatcherOptions } from './ServiceIdentityDispatcher';
export { ServiceIdentityStrategyRegistry } from './ServiceIdentityStrategyRegistry';
export { azureMlServiceIdentityStrategiesExtensionPoint } from './extensions';
export type { AzureMlServiceIdentityStrategiesExtensionPoint } from './extensions';
export { azureMlServiceIdentityServiceRef } from './azureMlServiceIdentityServiceRef';
