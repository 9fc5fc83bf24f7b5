/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFile } from 'node:fs/promises';
import type { TokenCredential } from '@azure/core-auth';
import { ClientAssertionCredential } from '@azure/identity';
import { decodeJwt } from 'jose';
import type { AzureMlServiceIdentityConfig } from '../config';
import { authorityOptions } from './authorityOptions';
import { tokenFileProblems } from './tokenFileProblems';
import type {
  ServiceIdentityStrategy,
  ServiceIdentityStrategyContext,
} from './types';

/**
 * Reads a client assertion from its file, on every token request since the
 * platform rotates it, refusing a missing, empty or expired one with a
 * message that names the file.
 */
async function readAssertion(file: string): Promise<string> {
  let assertion: string;
  try {
    assertion = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `the client assertion file ${file} does not exist; check whatever writes it`
        : `the client assertion file ${file} cannot be read (${code})`,
    );
  }
  if (!assertion) {
    throw new Error(`the client assertion file ${file} is empty`);
  }
  let exp: number | undefined;
  try {
    exp = decodeJwt(assertion).exp;
  } catch {
    // Not a JWT that can be read here: Entra will judge it.
  }
  if (exp !== undefined && exp * 1000 <= Date.now()) {
    throw new Error(
      `the client assertion in ${file} expired at ${new Date(
        exp * 1000,
      ).toISOString()}; whatever writes that file has stopped refreshing it`,
    );
  }
  return assertion;
}

/**
 * Mode `client-assertion`: a signed client assertion (a JWT from another
 * identity provider that a federated credential trusts, or one signed with
 * the app's certificate) that the platform keeps fresh in `tokenFilePath`.
 * The file is read on every token request.
 *
 * @public
 */
export class ClientAssertionStrategy implements ServiceIdentityStrategy {
  getCredential(
    identity: AzureMlServiceIdentityConfig,
    tenantId: string,
    ctx: ServiceIdentityStrategyContext,
  ): TokenCredential {
    if (identity.mode !== 'client-assertion') {
      throw new TypeError(
        `ClientAssertionStrategy serves mode 'client-assertion', not '${identity.mode}'`,
      );
    }
    const file = identity.tokenFilePath;
    return new ClientAssertionCredential(
      tenantId,
      identity.clientId,
      () => readAssertion(file),
      authorityOptions(ctx.cloud),
    );
  }

  validate(identity: AzureMlServiceIdentityConfig): Error[] {
    return identity.mode === 'client-assertion'
      ? tokenFileProblems(identity.mode, identity.tokenFilePath)
      : [];
  }
}
