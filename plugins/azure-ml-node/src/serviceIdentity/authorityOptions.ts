/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlCloudConfig } from '../config';

/**
 * The options an `@azure/identity` credential needs to sign in to a cloud:
 * its authority host and, for a `custom` cloud only (the local emulator, a
 * private cloud), no instance discovery, since that asks Microsoft's global
 * hosts about the authority. Known clouds keep discovery.
 *
 * @internal
 */
export function authorityOptions(cloud: AzureMlCloudConfig): {
  authorityHost: string;
  disableInstanceDiscovery?: true;
} {
  return {
    authorityHost: cloud.endpoints.authorityHost,
    ...(cloud.name === 'custom' ? { disableInstanceDiscovery: true } : {}),
  };
}
