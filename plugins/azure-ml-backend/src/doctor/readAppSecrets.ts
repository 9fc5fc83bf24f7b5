/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlServiceIdentityService } from '@azure-ml-backstage/plugin-azure-ml-node';
import {
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
} from '@azure/core-rest-pipeline';

/**
 * A client secret of an app registration as Microsoft Graph lists it: never
 * the secret, only its first three characters.
 *
 * @internal
 */
export type AppSecret = {
  keyId: string;
  displayName?: string;
  hint?: string;
  endDateTime: string;
};

/**
 * The app registration's client secrets, or why they could not be read.
 *
 * @internal
 */
export type AppSecrets =
  | {
      appId: string;
      tenantId: string;
      displayName?: string;
      secrets: AppSecret[];
    }
  | { appId: string; error: string };

/** Graph's v1.0 base, whether or not the configured endpoint names it. */
function graphBase(graph: string): string {
  const base = graph.replace(/\/+$/, '');
  return /\/v1\.0$/.test(base) ? base : `${base}/v1.0`;
}

/**
 * Reads an app registration's `passwordCredentials` from Microsoft Graph as
 * the portal's service identity (it needs `Application.Read.All`), in the
 * first of `tenantIds` where the app is registered.
 *
 * @internal
 */
export async function readAppSecrets(options: {
  appId: string;
  tenantIds: string[];
  serviceIdentity: AzureMlServiceIdentityService;
  httpClient: HttpClient;
  graph: string;
  graphScope: string;
}): Promise<AppSecrets> {
  const { appId, serviceIdentity, httpClient } = options;
  const errors: string[] = [];
  for (const tenantId of options.tenantIds) {
    let token: string;
    try {
      ({ token } = await serviceIdentity.getToken(
        tenantId,
        options.graphScope,
      ));
    } catch (error) {
      errors.push(`tenant ${tenantId}: ${(error as Error).message}`);
      continue;
    }
    const url = `${graphBase(
      options.graph,
    )}/applications(appId='${encodeURIComponent(
      appId,
    )}')?$select=displayName,passwordCredentials`;
    const response = await httpClient.sendRequest(
      createPipelineRequest({
        url,
        headers: createHttpHeaders({ authorization: `Bearer ${token}` }),
      }),
    );
    if (response.status === 200) {
      const body = JSON.parse(response.bodyAsText ?? '{}');
      return {
        appId,
        tenantId,
        displayName: body.displayName,
        secrets: (body.passwordCredentials ?? []).map((p: AppSecret) => ({
          keyId: p.keyId,
          displayName: p.displayName ?? undefined,
          hint: p.hint ?? undefined,
          endDateTime: p.endDateTime,
        })),
      };
    }
    const message = (() => {
      try {
        return JSON.parse(response.bodyAsText ?? '').error?.message;
      } catch {
        return undefined;
      }
    })();
    errors.push(
      `tenant ${tenantId}: Graph answered ${response.status}${
        message ? `: ${message}` : ''
      }`,
    );
  }
  return { appId, error: errors.join('; ') };
}
