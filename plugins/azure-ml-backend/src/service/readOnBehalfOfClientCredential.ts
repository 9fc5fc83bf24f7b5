/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  onBehalfOfClientCredential,
  type AzureMlConfig,
  type OnBehalfOfClientCredential,
} from '@azure-ml-backstage/plugin-azure-ml-node';

/**
 * How the portal app proves itself to Entra in on-behalf-of exchanges: the
 * explicitly configured `azureMl.portalApp.credential`. Without it the plugin
 * cannot act as the user, so start-up fails with the key to set.
 *
 * @internal
 */
export function readOnBehalfOfClientCredential(
  azureMl: AzureMlConfig,
): OnBehalfOfClientCredential {
  const credential = azureMl.portalApp.credential;
  if (!credential) {
    throw new Error(
      `Missing config azureMl.portalApp.credential: on-behalf-of exchanges need a credential of the portal app ${azureMl.portalApp.clientId} (mode workload-identity with tokenFilePath, or client-secret with clientSecret)`,
    );
  }
  return onBehalfOfClientCredential(credential);
}
