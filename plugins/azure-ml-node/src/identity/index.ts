/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { UserTokenValidator } from './UserTokenValidator';
export type { UserTokenValidatorOptions } from './UserTokenValidator';
export { TenantSigningKeys } from './TenantSigningKeys';
export type { TenantSigningMetadata } from './TenantSigningKeys';
export { OnBehalfOfExchange } from './OnBehalfOfExchange';
export { OnBehalfOfTokenCredential } from './OnBehalfOfTokenCredential';
export { onBehalfOfClientCredential } from './onBehalfOfClientCredential';
export type {
  OnBehalfOfClientCredential,
  OnBehalfOfExchangeOptions,
  OnBehalfOfKey,
} from './OnBehalfOfExchange';
export type { ValidatedUserToken } from './types';
export { readAccessTokenClaims } from './readAccessTokenClaims';
export type { AccessTokenClaims } from './readAccessTokenClaims';
