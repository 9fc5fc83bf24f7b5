/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { TokenIssuer } from '../entra/TokenIssuer';
import type { TokenBuckets } from '../throttling/TokenBuckets';

/** Knobs tests turn through the admin API. */
export type FaultSettings = {
  /** Added to every response, in milliseconds. */
  latencyMs: number;
  /** Share (0..1) of ARM and MLflow requests answered 500 InternalServerError (Blob: 500 InternalError). */
  serverErrorRate: number;
  /** Share (0..1) of ARM and MLflow requests answered 503 ServiceUnavailable with `Retry-After` (Blob: 503 ServerBusy). */
  serviceUnavailableRate: number;
  /** Share (0..1) of ARM and MLflow requests answered 429 regardless of the token bucket (Blob: 503 ServerBusy). */
  throttleRate: number;
  /** The `Retry-After` (seconds) of the 429s `throttleRate` injects. */
  throttleRetryAfterSeconds: number;
  /** Shifts the clock tokens are issued with, to test clock skew (seconds). */
  tokenClockSkewSeconds: number;
  /** The subscriptions the rates above apply to; every subscription when empty. */
  subscriptions: string[];
};

export const noFaults = (): FaultSettings => ({
  latencyMs: 0,
  serverErrorRate: 0,
  serviceUnavailableRate: 0,
  throttleRate: 0,
  throttleRetryAfterSeconds: 1,
  tokenClockSkewSeconds: 0,
  subscriptions: [],
});

/** Where the emulator answers. */
export type EmulatorUrls = {
  /** Every API: Entra ID, ARM, Graph, MLflow (https, trusted through the local CA). */
  https: string;
  /** The sign-in pages a browser visits (http, so no certificate warning). */
  http: string;
};

/** What every route of the emulator shares. */
export type EmulatorContext = {
  state: EmulatorState;
  issuer: TokenIssuer;
  urls: EmulatorUrls;
  faults: FaultSettings;
  /** ARM's per-subscription, per-principal request budgets. */
  budgets: TokenBuckets;
  /** Requests served, by area (`entra`, `arm`, `graph`, `mlflow`, ...). */
  requestCounts: Map<string, number>;
  /** Tokens issued, by `{grant_type} {resource scopes}`, e.g. on-behalf-of exchanges per scope. */
  tokenGrants: Map<string, number>;
  /** Current time in ms; one place, so tests can move it. */
  now: () => number;
  /** A pseudo-random number in [0, 1) for fault injection. */
  random: () => number;
};
