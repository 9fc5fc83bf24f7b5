/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * api-versions the emulator serves, per resource provider. Azure ML's include
 * 2022-10-01, the default of @azure/arm-machinelearning 2.1.1.
 */
export const API_VERSIONS: Record<string, string[]> = {
  'microsoft.machinelearningservices': [
    '2022-10-01',
    '2024-04-01',
    '2024-10-01',
    '2025-09-01',
  ],
  'microsoft.authorization': [
    '2015-07-01',
    '2020-10-01',
    '2022-04-01',
    '2022-05-01-preview',
  ],
  'microsoft.managedidentity': ['2023-01-31', '2024-11-30'],
  'microsoft.insights': ['2015-04-01'],
  // Subscriptions and resource groups (Microsoft.Resources).
  'microsoft.resources': [
    '2020-01-01',
    '2021-04-01',
    '2022-09-01',
    '2022-12-01',
  ],
};

/** The provider namespace a request path addresses (the last one named). */
export function providerOf(path: string): string {
  const matches = [...path.matchAll(/\/providers\/([^/]+)/gi)];
  return (matches.at(-1)?.[1] ?? 'Microsoft.Resources').toLowerCase();
}
