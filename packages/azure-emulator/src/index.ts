/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDemoState } from './demo/demoEstate';
import type { ScaleAssets } from './demo/scaleEstate';
import { TokenIssuer } from './entra/TokenIssuer';
import { TokenBuckets } from './throttling/TokenBuckets';
import { loadOrCreateTlsMaterial } from './tls/LocalCertificateAuthority';
import { createEmulatorApp } from './server/createEmulatorApp';
import {
  noFaults,
  type EmulatorContext,
  type EmulatorUrls,
} from './server/EmulatorContext';

export type {
  EmulatorContext,
  EmulatorUrls,
  FaultSettings,
} from './server/EmulatorContext';
export { DEMO_ESTATE_PATH } from './demo/demoEstate';
export type { ScaleAssets } from './demo/scaleEstate';
export {
  MANAGED_IDENTITY_HEADER,
  DEFAULT_MANAGED_IDENTITY_NAME,
} from './entra/managedIdentityEndpoint';
export {
  MANAGED_IDENTITY_PATH,
  WORKLOAD_IDENTITY_PATH,
  TOKEN_EXCHANGE_AUDIENCE,
} from './entra/entraUrls';

/** How to run the emulator. */
export type EmulatorOptions = {
  /** Port of the https listener (every API); 0 picks a free one. Default 7443. */
  httpsPort?: number;
  /** Port of the http listener (browser sign-in pages); 0 picks a free one. Default 7480. */
  httpPort?: number;
  /** Where the local CA and server certificate live. */
  stateDir: string;
  /** Extra generated workspaces for benchmarks. */
  scale?: number;
  /** Assets of each generated workspace, at least (benchmarks). */
  scaleAssets?: ScaleAssets;
};

/** A running emulator. */
export type RunningEmulator = {
  urls: EmulatorUrls;
  /** The CA certificate to trust (NODE_EXTRA_CA_CERTS). */
  caPath: string;
  ctx: EmulatorContext;
  /** Restores the demo world and clears faults, budgets and counters. */
  reset(): void;
  stop(): Promise<void>;
};

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve((server.address() as AddressInfo).port),
    );
  });
}

/** Starts the emulator with its demo world. */
export async function startEmulator(
  options: EmulatorOptions,
): Promise<RunningEmulator> {
  const tls = loadOrCreateTlsMaterial(options.stateDir);
  const ctx = {
    issuer: TokenIssuer.create(),
    faults: noFaults(),
    requestCounts: new Map<string, number>(),
    tokenGrants: new Map<string, number>(),
    now: () => Date.now(),
    random: Math.random,
  } as EmulatorContext;
  ctx.budgets = new TokenBuckets(undefined, () => ctx.now());
  const hooks = { reset: () => reset() };
  const app = createEmulatorApp(ctx, hooks);
  const httpsServer = https.createServer({ cert: tls.cert, key: tls.key }, app);
  const httpServer = http.createServer(app);
  const httpsPort = await listen(httpsServer, options.httpsPort ?? 7443);
  const httpPort = await listen(httpServer, options.httpPort ?? 7480);
  ctx.urls = {
    https: `https://localhost:${httpsPort}`,
    http: `http://localhost:${httpPort}`,
  };

  function reset() {
    ctx.state = createDemoState({
      baseUrl: ctx.urls.https,
      epochMs: ctx.now(),
      scale: options.scale,
      scaleAssets: options.scaleAssets,
    });
    Object.assign(ctx.faults, noFaults());
    ctx.budgets.reset();
    ctx.requestCounts.clear();
    ctx.tokenGrants.clear();
  }
  reset();

  const close = (server: http.Server) =>
    new Promise<void>(resolve => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    urls: ctx.urls,
    caPath: tls.caPath,
    ctx,
    reset,
    stop: async () => {
      await Promise.all([close(httpsServer), close(httpServer)]);
    },
  };
}
