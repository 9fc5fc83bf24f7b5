/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  MANAGED_IDENTITY_HEADER,
  MANAGED_IDENTITY_PATH,
  startEmulator,
} from './index';
import { PACKAGE_ROOT } from './packageRoot';

const REPO_ROOT = path.resolve(PACKAGE_ROOT, '..', '..');

const { values } = parseArgs({
  options: {
    'https-port': {
      type: 'string',
      default: process.env.AZURE_EMULATOR_HTTPS_PORT ?? '7443',
    },
    'http-port': {
      type: 'string',
      default: process.env.AZURE_EMULATOR_HTTP_PORT ?? '7480',
    },
    'state-dir': {
      type: 'string',
      default:
        process.env.AZURE_EMULATOR_STATE_DIR ??
        path.join(REPO_ROOT, '.azure-emulator'),
    },
    scale: { type: 'string', default: '0' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: yarn emulator [--https-port 7443] [--http-port 7480] [--state-dir DIR] [--scale N]

Starts the local Azure emulator (Entra ID, ARM for Azure ML, MLflow, Graph).
--scale N adds N generated workspaces with their assets, for benchmarks.`);
  process.exit(0);
}

const toPort = (value: string, name: string) => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--${name} must be a port number, got '${value}'`);
    process.exit(2);
  }
  return port;
};

startEmulator({
  httpsPort: toPort(values['https-port']!, 'https-port'),
  httpPort: toPort(values['http-port']!, 'http-port'),
  stateDir: path.resolve(values['state-dir']!),
  scale: Number(values.scale) || 0,
})
  .then(emulator => {
    const { state } = emulator.ctx;
    // One machine-readable line first: scripts/start.mjs waits for it.
    console.log(
      JSON.stringify({
        event: 'azure-emulator-ready',
        urls: emulator.urls,
        caPath: emulator.caPath,
        // What a process sets to use the emulated App Service managed identity.
        managedIdentity: {
          IDENTITY_ENDPOINT: `${emulator.urls.https}${MANAGED_IDENTITY_PATH}`,
          IDENTITY_HEADER: MANAGED_IDENTITY_HEADER,
        },
      }),
    );
    console.log(`
  Azure emulator ready
    APIs (Entra ID, ARM, Graph, MLflow): ${emulator.urls.https}
    Sign-in pages (browser):             ${emulator.urls.http}
    CA certificate:                      ${emulator.caPath}
      (export NODE_EXTRA_CA_CERTS=${emulator.caPath} for Node clients)
    Managed identity:                    IDENTITY_ENDPOINT=${
      emulator.urls.https
    }${MANAGED_IDENTITY_PATH} IDENTITY_HEADER=${MANAGED_IDENTITY_HEADER}
    ${state.tenants.size} tenants, ${
      state.subscriptions.size
    } subscriptions, ${state.resourceCount()} ARM resources
`);
    const stop = () => emulator.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch(error => {
    console.error(`azure emulator failed to start: ${error.message}`);
    process.exit(1);
  });
