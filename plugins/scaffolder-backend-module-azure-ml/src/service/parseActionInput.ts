/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';
import type { z } from 'zod/v3';

/**
 * Checks an action's input against its full schema, refinements included
 * (the scaffolder only checks the JSON schema made from it), so nothing is
 * sent to Azure for input it would refuse.
 *
 * @throws InputError naming every problem with its field.
 * @internal
 */
export function parseActionInput<S extends z.ZodTypeAny>(
  actionId: string,
  schema: S,
  input: unknown,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    issue => `${issue.path.join('.') || 'input'}: ${issue.message}`,
  );
  throw new InputError(
    `Invalid input for ${actionId}, nothing was done: ${problems.join('; ')}`,
  );
}
