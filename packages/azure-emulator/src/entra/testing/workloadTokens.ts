/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../../index';
import { WORKLOAD_IDENTITY_PATH } from '../entraUrls';

/**
 * A token from the emulator's workload identity issuer, as a Kubernetes
 * projected service account token or a GitHub Actions OIDC token would be.
 */
export async function workloadToken(
  emulator: RunningEmulator,
  subject: string,
  audience?: string,
): Promise<string> {
  const response = await fetch(
    `${emulator.urls.https}${WORKLOAD_IDENTITY_PATH}/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject, audience }),
    },
  );
  if (!response.ok) {
    throw new Error(
      `workload token: ${response.status} ${await response.text()}`,
    );
  }
  return (await response.json()).token;
}
