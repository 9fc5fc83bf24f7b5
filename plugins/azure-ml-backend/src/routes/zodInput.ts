/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * A comma-separated list in one query value, as `status=Running,Queued`;
 * the OpenAPI validator may already have split it into an array.
 *
 * @internal
 */
export function commaList<T extends string>(item: z.ZodType<T, string>) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform(value =>
      (Array.isArray(value) ? value : value.split(',')).filter(Boolean),
    )
    .pipe(z.array(item).min(1));
}

/**
 * Azure's correlation id, as a filter or a posted event carries it.
 *
 * @internal
 */
export const correlationIdSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9._:-]+$/, {
    message: 'may only hold letters, digits, ".", "_", ":" and "-"',
  })
  .optional();

/**
 * Parses request input, or throws an `InputError` naming every problem:
 * `Invalid <what>: <path>: <message>; …`, with `root` as the path of a
 * problem with the input as a whole.
 *
 * @internal
 */
export function parseInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
  names: { what: string; root: string },
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new InputError(
      `Invalid ${names.what}: ${parsed.error.issues
        .map(i => `${i.path.join('.') || names.root}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}
