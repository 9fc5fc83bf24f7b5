/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { externalOidcFailed } from './entraErrors';

async function fetchJson(url: string): Promise<any> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * The signing keys of an external OpenID Connect issuer (GitHub Actions, a
 * Kubernetes cluster, another Entra tenant), found through its discovery
 * document as Entra does for federated credentials.
 */
export async function externalIssuerKeys(
  issuer: string,
): Promise<JWTVerifyGetKey> {
  try {
    const configuration = await fetchJson(
      `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
    );
    return createLocalJWKSet(await fetchJson(String(configuration.jwks_uri)));
  } catch {
    throw externalOidcFailed(issuer);
  }
}
