/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  UserTokenValidator,
  ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { Request } from 'express';

/**
 * The request header that carries the signed-in user's Entra access token for
 * the portal's API, as `Bearer <token>` (compare the Kubernetes plugin's
 * `Backstage-Kubernetes-Authorization-aks`). Backstage's own credentials stay
 * in `Authorization`.
 *
 * @public
 */
export const AZURE_ML_AUTHORIZATION_HEADER = 'x-azure-ml-authorization';

/**
 * Reads the user's Entra token from {@link AZURE_ML_AUTHORIZATION_HEADER}
 * and validates it.
 *
 * @internal
 */
export class UserTokenHeader {
  readonly #validator: UserTokenValidator;

  constructor(validator: UserTokenValidator) {
    this.#validator = validator;
  }

  /** The validated user; throws the validator's `AuthenticationError` if not. */
  async read(req: Request): Promise<ValidatedUserToken> {
    const header = req.header(AZURE_ML_AUTHORIZATION_HEADER);
    const token = header?.match(/^Bearer[ ]+(\S+)\s*$/i)?.[1];
    return this.#validator.validate(token);
  }
}
