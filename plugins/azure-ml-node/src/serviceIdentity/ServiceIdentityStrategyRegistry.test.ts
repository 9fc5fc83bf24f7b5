/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenCredential } from '@azure/core-auth';
import { ConflictError, InputError } from '@backstage/errors';
import { ServiceIdentityStrategyRegistry } from './ServiceIdentityStrategyRegistry';
import type { ServiceIdentityStrategy } from './types';

const strategy: ServiceIdentityStrategy = {
  getCredential: (): TokenCredential => ({ getToken: async () => null }),
};

describe('ServiceIdentityStrategyRegistry', () => {
  it('collects strategies for new kebab-case modes, in order, and hands them on', () => {
    const registry = new ServiceIdentityStrategyRegistry();
    registry.addStrategy('vault-federation', strategy);
    registry.addStrategy('spiffe2', strategy);
    expect(registry.modes()).toEqual(['vault-federation', 'spiffe2']);
    const added: string[] = [];
    registry.addTo({ addStrategy: mode => added.push(mode) });
    expect(added).toEqual(['vault-federation', 'spiffe2']);
  });

  it.each([
    'workload-identity',
    'managed-identity',
    'client-assertion',
    'client-secret',
  ])('refuses the default mode %s', mode => {
    const registry = new ServiceIdentityStrategyRegistry();
    expect(() => registry.addStrategy(mode, strategy)).toThrow(
      new ConflictError(
        `Service identity mode '${mode}' already has a strategy; choose another name for yours`,
      ),
    );
  });

  it('refuses a mode added twice', () => {
    const registry = new ServiceIdentityStrategyRegistry();
    registry.addStrategy('vault-federation', strategy);
    const error = (() => {
      try {
        registry.addStrategy('vault-federation', strategy);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConflictError);
    expect(registry.modes()).toEqual(['vault-federation']);
  });

  it.each([
    'VaultFederation',
    'vault_federation',
    'vault-',
    '-vault',
    'vault--x',
    '9lives',
    '',
  ])("refuses '%s', which is not kebab-case", mode => {
    const registry = new ServiceIdentityStrategyRegistry();
    let error: unknown;
    try {
      registry.addStrategy(mode, strategy);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `Service identity mode '${mode}' is not kebab-case (lowercase words joined by dashes, like 'workload-identity'); config names modes that way`,
    );
  });
});
