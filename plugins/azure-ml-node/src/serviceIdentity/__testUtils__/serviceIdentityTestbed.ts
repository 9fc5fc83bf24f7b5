/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import diagnosticsChannel from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { WORKLOAD_IDENTITY_PATH } from '@internal/azure-emulator';
import {
  demoIds,
  startTestEmulator,
  tempDir,
} from '@internal/azure-emulator/testing';
import { readAzureMlConfig, type AzureMlConfig } from '../../config';

/** The emulator a test runs against. */
export type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;

const portal = demoIds.app('backstage-portal');

/** Demo ids the service identity tests use. */
export const CONTOSO = demoIds.tenant('contoso');
export const FABRIKAM = demoIds.tenant('fabrikam');
export const PORTAL_ID: string = portal.appId;
export const PORTAL_SECRET: string = portal.passwordCredentials[0].secretText;
/** The portal's service principal in Contoso (its home) and in Fabrikam. */
export const PORTAL_SP_CONTOSO: string = portal.servicePrincipalId;
export const PORTAL_SP_FABRIKAM: string =
  portal.servicePrincipalsByTenant.fabrikam;
/** The Kubernetes service account the portal's federated credential trusts. */
export const PORTAL_WORKLOAD_SUBJECT: string =
  portal.federatedCredentials[0].subject;
export const ARM_SCOPE = 'https://management.azure.com/.default';
export const ARM_AUDIENCE = 'https://management.azure.com';

/**
 * The typed `azureMl` config of a portal on the emulator, both demo tenants
 * allowed, read through {@link readAzureMlConfig} as the plugins read it.
 */
export function azureMlOnEmulator(
  emulator: Emulator,
  serviceIdentity: object,
  tenants: object[] = [{ tenantId: CONTOSO }, { tenantId: FABRIKAM }],
): AzureMlConfig {
  return readAzureMlConfig(
    new ConfigReader(rootConfigOnEmulator(emulator, serviceIdentity, tenants)),
  );
}

/** The same, as root config data (for `mockServices.rootConfig`). */
export function rootConfigOnEmulator(
  emulator: Emulator,
  serviceIdentity: object,
  tenants: object[] = [{ tenantId: CONTOSO }, { tenantId: FABRIKAM }],
) {
  const https = emulator.urls.https;
  return {
    azureMl: {
      cloud: 'custom',
      endpoints: {
        authorityHost: https,
        resourceManager: https,
        graph: `${https}/v1.0`,
      },
      portalApp: { clientId: PORTAL_ID },
      tenants,
      serviceIdentity,
    },
  };
}

/** A path in a fresh temp folder, for a token file. */
export function tokenFilePath(): string {
  return path.join(tempDir('service-identity-'), 'token');
}

/**
 * Writes a token of the emulator's workload identity issuer (a Kubernetes
 * projected service account token) for `subject` into `file`.
 */
export async function writeWorkloadToken(
  emulator: Emulator,
  file: string,
  subject = PORTAL_WORKLOAD_SUBJECT,
): Promise<string> {
  const response = await fetch(
    `${emulator.urls.https}${WORKLOAD_IDENTITY_PATH}/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject }),
    },
  );
  if (!response.ok) {
    throw new Error(
      `workload token: ${response.status} ${await response.text()}`,
    );
  }
  const { token } = await response.json();
  writeFileSync(file, `${token}\n`);
  return token;
}

/** Requests the emulator served for Entra (token, discovery, managed identity). */
export function entraRequests(emulator: Emulator): number {
  return emulator.ctx.requestCounts.get('entra') ?? 0;
}

/**
 * Runs `fn` and returns it with the requests the in-process emulator's
 * server received meanwhile, as `METHOD /path`.
 */
export async function withReceivedRequests<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; received: string[] }> {
  const received: string[] = [];
  const record = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    received.push(`${request.method} ${request.url!.split('?')[0]}`);
  };
  diagnosticsChannel.subscribe('http.server.request.start', record);
  try {
    return { result: await fn(), received };
  } finally {
    diagnosticsChannel.unsubscribe('http.server.request.start', record);
  }
}

/**
 * `message` with the trailing correlation id Entra generated replaced by
 * `<correlation id>`, so a test can compare the rest exactly; throws if
 * there is none.
 */
export function maskCorrelationId(message: string): string {
  const pattern =
    /\(correlation id [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)$/;
  if (!pattern.test(message)) {
    throw new Error(`no correlation id at the end of: ${message}`);
  }
  return message.replace(pattern, '(correlation id <correlation id>)');
}
