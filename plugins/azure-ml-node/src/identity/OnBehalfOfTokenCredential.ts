/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { OnBehalfOfExchange } from './OnBehalfOfExchange';
import type { ValidatedUserToken } from './types';

/**
 * A `TokenCredential` that gets its tokens from an on-behalf-of exchange of
 * one user's token, always for one scope in one tenant, whatever scopes an
 * Azure SDK client asks for.
 *
 * @public
 */
export class OnBehalfOfTokenCredential implements TokenCredential {
  readonly #exchange: OnBehalfOfExchange;
  readonly #user: ValidatedUserToken;
  readonly #scope: string;
  readonly #tenantId: string;

  constructor(options: {
    /** Exchanges the user's token. */
    exchange: OnBehalfOfExchange;
    /** The validated user token, the assertion of the exchange. */
    user: ValidatedUserToken;
    /** The one scope tokens are for, e.g. `https://management.azure.com/.default`. */
    scope: string;
    /** The tenant tokens are issued in (the workspace's). */
    tenantId: string;
  }) {
    this.#exchange = options.exchange;
    this.#user = options.user;
    this.#scope = options.scope;
    this.#tenantId = options.tenantId;
  }

  async getToken(): Promise<AccessToken> {
    return this.#exchange.getToken(this.#user, this.#scope, {
      tenantId: this.#tenantId,
    });
  }

  /** Forgets the cached token, after Azure answered 401 to it. */
  invalidate(): void {
    this.#exchange.invalidate(
      this.#exchange.keyFor(this.#user, this.#scope, {
        tenantId: this.#tenantId,
      }),
    );
  }
}
