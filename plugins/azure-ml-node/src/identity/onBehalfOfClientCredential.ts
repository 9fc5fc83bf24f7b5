/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFile } from 'node:fs/promises';
import type { AzureMlPortalAppCredential } from '../config';
import type { OnBehalfOfClientCredential } from './OnBehalfOfExchange';

/**
 * The client credential an {@link OnBehalfOfExchange} presents, from the
 * portal app's configured credential. A federated token file is read on every
 * exchange, since the platform rotates it.
 *
 * @public
 */
export function onBehalfOfClientCredential(
  credential: AzureMlPortalAppCredential,
): OnBehalfOfClientCredential {
  if (credential.mode === 'client-secret') {
    return { clientSecret: credential.clientSecret };
  }
  return {
    getAssertion: async () =>
      (await readFile(credential.tokenFilePath, 'utf8')).trim(),
  };
}
