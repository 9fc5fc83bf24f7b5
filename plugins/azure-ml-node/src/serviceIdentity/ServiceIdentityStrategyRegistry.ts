/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { assertNewStrategyMode } from './assertNewStrategyMode';
import { buildDefaultServiceIdentityStrategies } from './buildDefaultServiceIdentityStrategies';
import type { AzureMlServiceIdentityStrategiesExtensionPoint } from './extensions';
import type {
  AzureMlServiceIdentityService,
  ServiceIdentityStrategy,
} from './types';

/**
 * Collects the strategies modules add through
 * {@link azureMlServiceIdentityStrategiesExtensionPoint} while the backend
 * registers, rejecting a bad or taken mode right away, and hands them to the
 * plugin's {@link AzureMlServiceIdentityService} in its `init`:
 *
 * ```ts
 * const strategies = new ServiceIdentityStrategyRegistry();
 * env.registerExtensionPoint(azureMlServiceIdentityStrategiesExtensionPoint, strategies);
 * env.registerInit({
 *   deps: { serviceIdentity: azureMlServiceIdentityServiceRef },
 *   async init({ serviceIdentity }) { strategies.addTo(serviceIdentity); },
 * });
 * ```
 *
 * @public
 */
export class ServiceIdentityStrategyRegistry
  implements AzureMlServiceIdentityStrategiesExtensionPoint
{
  readonly #taken: Set<string>;
  readonly #added = new Map<string, ServiceIdentityStrategy>();

  /** `taken`: the modes that already have a strategy; the defaults' unless given. */
  constructor(
    taken: Iterable<string> = buildDefaultServiceIdentityStrategies().keys(),
  ) {
    this.#taken = new Set(taken);
  }

  addStrategy(mode: string, strategy: ServiceIdentityStrategy): void {
    assertNewStrategyMode(mode, [...this.#taken, ...this.#added.keys()]);
    this.#added.set(mode, strategy);
  }

  /** The modes added so far, in order. */
  modes(): string[] {
    return [...this.#added.keys()];
  }

  /** Adds every collected strategy to `service`. */
  addTo(service: Pick<AzureMlServiceIdentityService, 'addStrategy'>): void {
    for (const [mode, strategy] of this.#added) {
      service.addStrategy(mode, strategy);
    }
  }
}
