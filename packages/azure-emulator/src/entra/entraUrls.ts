/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';

/** The audience a federated credential's assertion must carry. */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** Where the emulator's test workload identity issuer lives (on the https base). */
export const WORKLOAD_IDENTITY_PATH = '/workload-identity';

/** The App Service style managed identity endpoint (on the https base). */
export const MANAGED_IDENTITY_PATH = '/msi/token';

/** `iss` of v2.0 tokens: on the emulator's https base, like `login.microsoftonline.com`. */
export function v2Issuer(ctx: EmulatorContext, tenantId: string): string {
  return `${ctx.urls.https}/${tenantId}/v2.0`;
}

/** `iss` of v1.0 tokens, exactly as Entra writes it. */
export function v1Issuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

/** `iss` of the workload identity tokens (`POST /workload-identity/token`). */
export function workloadIdentityIssuer(ctx: EmulatorContext): string {
  return `${ctx.urls.https}${WORKLOAD_IDENTITY_PATH}`;
}
