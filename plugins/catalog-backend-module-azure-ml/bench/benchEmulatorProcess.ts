/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The emulator side of the ingestion benchmark, in a process of its own so
// it does not share an event loop (or a heap) with the provider measured.
// Generates the scaled estate, counts what the provider must read, and
// counts the ARM requests it serves and the reads ARM's budget throttles.
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '@internal/azure-emulator';
import {
  isMessage,
  type CountsRequest,
  type EmulatorCounts,
  type EmulatorReady,
  type EstateFigures,
} from './benchMessages';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const PAGE_SIZE = 20;
const WS = 'Microsoft.MachineLearningServices/workspaces';

async function main() {
  const emulator = await startEmulator({
    httpsPort: 0,
    httpPort: 0,
    stateDir: path.join(
      os.tmpdir(),
      `azure-emulator-test-${os.userInfo().uid}`,
    ),
    scale: SCALE,
    scaleAssets: { modelVersions: 200, dataVersions: 100, onlineEndpoints: 20 },
  });
  const { ctx } = emulator;
  let throttled = 0;
  const take = ctx.budgets.take.bind(ctx.budgets);
  ctx.budgets.take = (...args) => {
    const result = take(...args);
    if (!result.allowed) throttled += 1;
    return result;
  };

  const pages = (items: number) => Math.max(1, Math.ceil(items / PAGE_SIZE));
  const estate: EstateFigures = {
    workspaces: 0,
    modelContainers: 0,
    modelVersions: 0,
    dataContainers: 0,
    dataVersions: 0,
    environments: 0,
    computes: 0,
    onlineEndpoints: 0,
    onlineDeployments: 0,
    minListPages: 0,
    gets: 0,
  };
  const { state } = ctx;
  for (const sub of state.subscriptions.values()) {
    const workspaces = state.listByScope(
      `/subscriptions/${sub.subscriptionId}`,
      WS,
    );
    estate.workspaces += workspaces.length;
    estate.minListPages += pages(workspaces.length);
    for (const w of workspaces) {
      const children = (parent: string, type: string) =>
        state.listChildren(parent, `${WS}/${type}`);
      const models = children(w.id, 'models');
      const endpoints = children(w.id, 'onlineEndpoints');
      const data = children(w.id, 'data');
      const environments = children(w.id, 'environments');
      const computes = children(w.id, 'computes');
      estate.modelContainers += models.length;
      estate.dataContainers += data.length;
      estate.environments += environments.length;
      estate.computes += computes.length;
      estate.onlineEndpoints += endpoints.length;
      estate.minListPages +=
        pages(models.length) +
        pages(endpoints.length) +
        pages(data.length) +
        pages(environments.length) +
        pages(computes.length);
      const jobs = new Set<string>();
      for (const m of models) {
        const versions = children(m.id, 'models/versions');
        estate.modelVersions += versions.length;
        estate.minListPages += pages(versions.length);
        for (const v of versions) {
          const job = (v.properties as { jobName?: string }).jobName;
          if (job) jobs.add(job);
        }
      }
      for (const e of endpoints) {
        const deployments = children(e.id, 'onlineEndpoints/deployments');
        estate.onlineDeployments += deployments.length;
        estate.minListPages += pages(deployments.length);
      }
      for (const d of data) {
        const versions = children(d.id, 'data/versions');
        estate.dataVersions += versions.length;
        if (versions.length > 0) estate.gets += 1;
      }
      estate.gets += jobs.size;
    }
  }

  const ready: EmulatorReady = {
    type: 'azure-emulator-ready',
    https: emulator.urls.https,
    caPath: emulator.caPath,
    pageSize: PAGE_SIZE,
    estate,
  };
  process.send!(ready);
  process.on('message', message => {
    if (isMessage<CountsRequest>(message, 'azure-emulator-counts-request')) {
      const counts: EmulatorCounts = {
        type: 'azure-emulator-counts',
        armRequests: ctx.requestCounts.get('arm') ?? 0,
        throttled,
      };
      process.send!(counts);
    }
  });
  process.on('disconnect', () => {
    emulator.stop().finally(() => process.exit(0));
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
