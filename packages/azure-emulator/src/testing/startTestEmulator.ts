/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { startEmulator, type RunningEmulator } from '../index';

let trusted = false;

/**
 * Starts an emulator on free ports for a test and makes this process trust
 * its CA, so the official Azure clients connect to it as to Azure. The CA is
 * shared by every test in a run (one folder per OS user).
 */
export async function startTestEmulator(): Promise<RunningEmulator> {
  const stateDir =
    process.env.AZURE_EMULATOR_TEST_STATE_DIR ??
    path.join(os.tmpdir(), `azure-emulator-test-${os.userInfo().uid}`);
  const emulator = await startEmulator({ httpsPort: 0, httpPort: 0, stateDir });
  if (!trusted) {
    const ca = readFileSync(emulator.caPath, 'utf8');
    tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca]);
    trusted = true;
  }
  return emulator;
}

/** A fresh temp folder, e.g. for a state dir a test wants to itself. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
