/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';

/**
 * Turns ARM's `nextLink` into the opaque `pageToken` of the plugin's API,
 * and back, refusing a token that points anywhere but the collection asked
 * for: the SDK follows a `nextLink` with the user's ARM token, so it must
 * never be a URL a caller chose.
 *
 * @internal
 */
export class ArmPageToken {
  readonly #resourceManager: URL;

  constructor(resourceManager: string) {
    this.#resourceManager = new URL(resourceManager);
  }

  /** The page token for ARM's `nextLink`. */
  encode(nextLink: string): string {
    return Buffer.from(nextLink, 'utf8').toString('base64url');
  }

  /**
   * The `nextLink` of a page token, checked to list `collectionId`, the ARM id
   * of a collection such as `{workspaceId}/jobs`.
   *
   * @throws InputError when the token is not one this API handed out for that collection.
   */
  decode(pageToken: string, collectionId: string): string {
    const invalid = () =>
      new InputError(
        `Invalid pageToken: it is not a page of ${collectionId}; pass the nextPageToken of the previous page unchanged`,
      );
    let url: URL;
    try {
      url = new URL(Buffer.from(pageToken, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    const expectedPath = `${this.#resourceManager.pathname.replace(
      /\/+$/,
      '',
    )}${collectionId}`;
    if (
      url.origin !== this.#resourceManager.origin ||
      url.pathname.toLowerCase() !== expectedPath.toLowerCase() ||
      url.username ||
      url.password
    ) {
      throw invalid();
    }
    return url.toString();
  }
}
