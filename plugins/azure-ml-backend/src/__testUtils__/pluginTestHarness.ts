/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  azureMlConfigFor,
  demoIds,
  portalUserToken,
  signInForTokens,
  startTestEmulator,
} from '@internal/azure-emulator/testing';
import type request from 'supertest';
import { azureMlPlugin } from '../plugin';

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;
type TestBackend = Awaited<ReturnType<typeof startTestBackend>>;

/** Demo ids the plugin tests use. */
export const CONTOSO = demoIds.tenant('contoso');
export const FABRIKAM = demoIds.tenant('fabrikam');
export const PORTAL = demoIds.app('backstage-portal');
export const PORTAL_ID: string = PORTAL.appId;
const PORTAL_SECRET: string = PORTAL.passwordCredentials[0].secretText;

/** A demo workspace: its ARM id and its path in the plugin's API. */
export function demoWorkspace(key: string) {
  const w = demoIds.workspace(key);
  return {
    ...w,
    path: `/api/azure-ml/workspaces/${w.subscriptionId}/${w.resourceGroup}/${w.name}`,
  };
}

/** A catalog entity standing for an Azure ML resource, owned by `owner`. */
export function resourceEntity(
  name: string,
  resourceId: string,
  owner = 'group:default/team-vision',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [AZURE_ML_RESOURCE_ID_ANNOTATION]: resourceId },
    },
    spec: { type: 'azure-ml-workspace', owner },
  };
}

/** The HMAC secret of the audit ledger in plugin tests. */
export const TEST_AUDIT_SECRET = 'plugin-test-audit-secret-0123456789abcdef';

/** The `azureMl` block against an emulator: the demo tenants and subscriptions. */
export const azureMlTestConfig = azureMlConfigFor;

/** Options of {@link PluginTestHarness.startBackend}. */
export type StartBackendOptions = {
  /** The permissions service; allow-all unless set. */
  permissions?: ServiceFactory;
  /** Catalog entities; by default one per demo workspace and endpoint in mlw-vision. */
  entities?: Entity[];
  /** More service factories, e.g. an auditor. */
  extra?: ServiceFactory[];
  /** Overrides of the `azureMl` block. */
  azureMl?: Record<string, unknown>;
};

/**
 * Starts one emulator for a test file, and backends running the plugin
 * against it: over real HTTPS with the real Azure SDKs. Registers the Jest
 * hooks itself; call it at the top of a `describe`.
 */
export function usePluginTestHarness() {
  let emulator: Emulator;
  const backends: TestBackend[] = [];
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(async () => {
    await Promise.all(backends.splice(0).map(b => b.stop()));
    emulator.reset();
  });

  const defaultEntities = () =>
    ['vision', 'nlp', 'sandbox', 'research'].map(key =>
      resourceEntity(`mlw-${key}`, demoWorkspace(key).id),
    );

  return {
    /** The running emulator. */
    get emulator(): Emulator {
      return emulator;
    },

    /** Starts a backend with the plugin; stopped after the test. */
    async startBackend(options: StartBackendOptions = {}) {
      const backend = await startTestBackend({
        features: [
          azureMlPlugin,
          options.permissions ??
            mockServices.permissions.factory({
              result: AuthorizeResult.ALLOW,
            }),
          catalogServiceMock.factory({
            entities: options.entities ?? defaultEntities(),
          }),
          ...(options.extra ?? []),
          mockServices.rootConfig.factory({
            data: {
              azureMl: {
                ...azureMlTestConfig(emulator.urls.https),
                // Every response a test sees must match the OpenAPI spec.
                validateResponses: true,
                audit: { secret: TEST_AUDIT_SECRET },
                ...options.azureMl,
              },
            },
          }),
        ],
      });
      backends.push(backend);
      return backend.server;
    },

    /** A demo user's Entra token for the portal API, from the real sign-in. */
    token(user: string, tenantId = CONTOSO): Promise<string> {
      return portalUserToken(emulator, user, tenantId);
    },

    /** As {@link token}, for a user added by the test, by object id. */
    async tokenOf(userObjectId: string, tenantId = CONTOSO): Promise<string> {
      const body = await signInForTokens(emulator, {
        tenant: tenantId,
        clientId: PORTAL_ID,
        clientSecret: PORTAL_SECRET,
        userObjectId,
        scope: `api://${PORTAL_ID}/access_as_user`,
      });
      return body.access_token as string;
    },
  };
}

/** Backstage's credentials plus the user's Entra token, as the frontend sends them. */
export function userHeaders(token?: string): Record<string, string> {
  return {
    Authorization: mockCredentials.user.header(),
    ...(token ? { 'x-azure-ml-authorization': `Bearer ${token}` } : {}),
  };
}

/** The status and Backstage error body of a response. */
export function errorOf(res: request.Response) {
  return {
    status: res.status,
    name: res.body?.error?.name,
    message: res.body?.error?.message,
  };
}
