/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConflictError, InputError } from '@backstage/errors';

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Throws unless `mode` can name a new service identity strategy: kebab-case,
 * like the modes in config, and not served by a strategy already.
 *
 * @internal
 */
export function assertNewStrategyMode(
  mode: string,
  registered: Iterable<string>,
): void {
  if (!KEBAB_CASE.test(mode)) {
    throw new InputError(
      `Service identity mode '${mode}' is not kebab-case (lowercase words joined by dashes, like 'workload-identity'); config names modes that way`,
    );
  }
  if ([...registered].includes(mode)) {
    throw new ConflictError(
      `Service identity mode '${mode}' already has a strategy; choose another name for yours`,
    );
  }
}
