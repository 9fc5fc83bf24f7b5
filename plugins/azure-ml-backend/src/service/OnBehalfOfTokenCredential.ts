/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type {
  OnBehalfOfExchange,
  ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';

/**
 * A `TokenCredential` that gets its tokens from an on-behalf-of exchange of
 * one user's token, always for one scope in one tenant, whatever scopes an
 * Azure SDK client asks for.
 *
 * @internal
 */
export class OnBehalfOfTokenCredential implements TokenCredential {
  readonly #exchange: OnBehalfOfExchange;
  readonly #user: ValidatedUserToken;
  readonly #scope: string;
  readonly #tenantId: string;

  constructor(options: {
    exchange: OnBehalfOfExchange;
    user: ValidatedUserToken;
    scope: string;
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
