/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_AUTHORIZATION_HEADER } from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  UserTokenValidator,
  ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { Request } from 'express';

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
    return this.#validator.validate(this.unvalidated(req));
  }

  /** The token as it came, not yet validated: for the access doctor to explain. */
  unvalidated(req: Request): string | undefined {
    const header = req.header(AZURE_ML_AUTHORIZATION_HEADER);
    return header?.match(/^Bearer[ ]+(\S+)\s*$/i)?.[1];
  }
}
