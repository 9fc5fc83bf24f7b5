/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { startTestEmulator } from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import { azureMlServiceIdentityServiceRef } from './azureMlServiceIdentityServiceRef';
import { azureMlServiceIdentityStrategiesExtensionPoint } from './extensions';
import { ServiceIdentityStrategyRegistry } from './ServiceIdentityStrategyRegistry';
import type {
  AzureMlServiceIdentityService,
  ServiceIdentityStrategy,
} from './types';
import {
  ARM_AUDIENCE,
  ARM_SCOPE,
  CONTOSO,
  FABRIKAM,
  PORTAL_ID,
  PORTAL_SECRET,
  rootConfigOnEmulator,
  tokenFilePath,
  type Emulator,
} from './__testUtils__/serviceIdentityTestbed';

const secretIdentity = {
  mode: 'client-secret',
  clientId: PORTAL_ID,
  tenantId: CONTOSO,
  clientSecret: PORTAL_SECRET,
};

const staticStrategy: ServiceIdentityStrategy = {
  getCredential: () => ({ getToken: async () => null }),
};

/** What each test plugin and module received. */
type Received = Record<string, AzureMlServiceIdentityService>;

/**
 * A plugin like azure-ml-backend: it offers the strategies extension point
 * and hands what modules added to its service identity.
 */
function testPlugin(pluginId: string, received: Received) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      const strategies = new ServiceIdentityStrategyRegistry();
      env.registerExtensionPoint(
        azureMlServiceIdentityStrategiesExtensionPoint,
        strategies,
      );
      env.registerInit({
        deps: { serviceIdentity: azureMlServiceIdentityServiceRef },
        async init({ serviceIdentity }) {
          strategies.addTo(serviceIdentity);
          received[pluginId] = serviceIdentity;
        },
      });
    },
  });
}

/**
 * Another plugin (like the catalog) that only uses the service. An extension
 * point belongs to one plugin, so it does not offer the strategies one.
 */
function otherPlugin(pluginId: string, received: Received) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { serviceIdentity: azureMlServiceIdentityServiceRef },
        async init({ serviceIdentity }) {
          received[pluginId] = serviceIdentity;
        },
      });
    },
  });
}

/** A module of that plugin, like a catalog module of the catalog. */
function testModule(pluginId: string, received: Received, addMode?: string) {
  return createBackendModule({
    pluginId,
    moduleId: 'ingestion',
    register(env) {
      env.registerInit({
        deps: {
          serviceIdentity: azureMlServiceIdentityServiceRef,
          strategies: azureMlServiceIdentityStrategiesExtensionPoint,
        },
        async init({ serviceIdentity, strategies }) {
          if (addMode) strategies.addStrategy(addMode, staticStrategy);
          received[`${pluginId}.ingestion`] = serviceIdentity;
        },
      });
    },
  });
}

// Each test boots a backend against the emulator; a loaded machine needs
// more than Jest's default 5 seconds for that.
jest.setTimeout(30_000);

describe('azureMlServiceIdentityServiceRef', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const config = (serviceIdentity: object = secretIdentity) =>
    mockServices.rootConfig.factory({
      data: rootConfigOnEmulator(emulator, serviceIdentity),
    });

  it('gives each plugin one dispatcher from azureMl config, shared with its modules', async () => {
    const received: Received = {};
    const backend = await startTestBackend({
      features: [
        config(),
        testPlugin('azure-ml-test', received),
        testModule('azure-ml-test', received, 'static-token'),
        otherPlugin('other-test', received),
      ],
    });
    try {
      const service = received['azure-ml-test'];
      expect(received['azure-ml-test.ingestion']).toBe(service);
      expect(received['other-test']).not.toBe(service);

      expect(service.modeFor(FABRIKAM)).toBe('client-secret');
      const { token } = await service.getToken(FABRIKAM, ARM_SCOPE);
      expect(decodeJwt(token)).toMatchObject({
        aud: ARM_AUDIENCE,
        tid: FABRIKAM,
        appid: PORTAL_ID,
      });

      // The module's strategy reached the plugin's dispatcher.
      expect(() => service.addStrategy('static-token', staticStrategy)).toThrow(
        new ConflictError(
          "Service identity mode 'static-token' already has a strategy; choose another name for yours",
        ),
      );
      expect(() =>
        received['other-test'].addStrategy('static-token', staticStrategy),
      ).not.toThrow();
    } finally {
      await backend.stop();
    }
  });

  it('fails the startup of a module that adds a mode the defaults serve', async () => {
    const received: Received = {};
    await expect(
      startTestBackend({
        features: [
          config(),
          testPlugin('azure-ml-test', received),
          testModule('azure-ml-test', received, 'client-secret'),
        ],
      }),
    ).rejects.toThrow(
      "Service identity mode 'client-secret' already has a strategy; choose another name for yours",
    );
  });

  it('fails startup when a configured identity cannot work', async () => {
    const file = tokenFilePath();
    await expect(
      startTestBackend({
        features: [
          config({
            mode: 'workload-identity',
            clientId: PORTAL_ID,
            tenantId: CONTOSO,
            tokenFilePath: file,
          }),
          testPlugin('azure-ml-test', {}),
        ],
      }),
    ).rejects.toThrow(
      `Invalid config at azureMl.serviceIdentity: mode 'workload-identity' reads tokenFilePath ${file}, which does not exist; check the volume that projects it`,
    );
  });
});
