/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** The PostgreSQL server tests use; `npm test` provides one when none runs. */
export function testPostgresUrl(): string {
  return (
    process.env.AZURE_ML_TEST_POSTGRES_URL ??
    'postgres://postgres@127.0.0.1:5432'
  );
}
