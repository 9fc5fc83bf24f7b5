/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenCredential } from '@azure/core-auth';
import { ClientSecretCredential } from '@azure/identity';
import type { AzureMlServiceIdentityConfig } from '../config';
import { authorityOptions } from './authorityOptions';
import type {
  ServiceIdentityStrategy,
  ServiceIdentityStrategyContext,
} from './types';

/**
 * Mode `client-secret`, the last resort: the client secret of the app
 * registration `clientId`. A stored secret leaks and expires, so the first
 * use in each tenant logs a warning (naming the app, never the secret).
 *
 * @public
 */
export class ClientSecretStrategy implements ServiceIdentityStrategy {
  readonly #warned = new Set<string>();

  getCredential(
    identity: AzureMlServiceIdentityConfig,
    tenantId: string,
    ctx: ServiceIdentityStrategyContext,
  ): TokenCredential {
    if (identity.mode !== 'client-secret') {
      throw new TypeError(
        `ClientSecretStrategy serves mode 'client-secret', not '${identity.mode}'`,
      );
    }
    const key = `${tenantId.toLowerCase()}\n${identity.clientId.toLowerCase()}`;
    if (!this.#warned.has(key)) {
      this.#warned.add(key);
      ctx.logger.warn(
        `The portal acts as itself in tenant ${tenantId} with a client secret of app ${identity.clientId}: a stored secret is the last resort. Prefer mode 'workload-identity' (workload identity federation) or 'managed-identity', which store no secret.`,
        { tenantId, clientId: identity.clientId, mode: identity.mode },
      );
    }
    return new ClientSecretCredential(
      tenantId,
      identity.clientId,
      identity.clientSecret,
      authorityOptions(ctx.cloud),
    );
  }
}
