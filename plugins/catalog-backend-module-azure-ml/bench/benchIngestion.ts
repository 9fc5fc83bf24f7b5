/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Ingests a large Azure ML estate once, at default settings, and prints what
// it cost: the providers' wall time, the ARM requests they made against the
// fewest the estate needs, the reads ARM's budget throttled (429s), the
// process's peak RSS and the entities emitted. The emulator runs in a
// process of its own with BENCH_SCALE generated workspaces (default 100),
// each with 200 model versions, 100 data versions and 20 online endpoints;
// it keeps ARM's read budget (250 burst, 25/s per subscription and
// principal). Two providers read as the portal's service identity
// (client secret of 'backstage-portal', Reader on every subscription): one
// for Contoso's two subscriptions, one for Fabrikam's, at once.
//
// Usage: yarn workspace @azure-ml-backstage/plugin-catalog-backend-module-azure-ml bench
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { ServiceIdentityDispatcher } from '@azure-ml-backstage/plugin-azure-ml-node';
import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import type {
  DeferredEntity,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { azureMlConfigFor, demoIds } from '@internal/azure-emulator/testing';
import { AzureMlEntityProvider } from '../src/provider';
import {
  isMessage,
  type CountsRequest,
  type EmulatorCounts,
  type EmulatorReady,
} from './benchMessages';

/** Starts the emulator in its own process and trusts its CA. */
function forkEmulator(): Promise<{
  child: ChildProcess;
  ready: EmulatorReady;
}> {
  const child = fork(path.join(__dirname, 'benchEmulatorProcess.ts'), {
    execArgv: [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    ],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', code =>
      reject(new Error(`emulator exited with ${code}`)),
    );
    child.on('message', message => {
      if (!isMessage<EmulatorReady>(message, 'azure-emulator-ready')) return;
      tls.setDefaultCACertificates([
        ...tls.getCACertificates('default'),
        readFileSync(message.caPath, 'utf8'),
      ]);
      resolve({ child, ready: message });
    });
  });
}

function countsAt(child: ChildProcess): Promise<EmulatorCounts> {
  return new Promise(resolve => {
    const onMessage = (message: unknown) => {
      if (!isMessage<EmulatorCounts>(message, 'azure-emulator-counts')) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    const request: CountsRequest = { type: 'azure-emulator-counts-request' };
    child.send(request);
  });
}

/** Info lines of the providers (one per subscription), errors and warnings. */
function consoleLogger(): LoggerService {
  const line = (level: string) => (message: string, meta?: unknown) =>
    console.log(
      `  [${level}] ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}`,
    );
  const logger: LoggerService = {
    error: line('error'),
    warn: line('warn'),
    info: line('info'),
    debug: () => {},
    child: () => logger,
  };
  return logger;
}

/** Records the entities of every mutation. */
class CountingConnection implements EntityProviderConnection {
  entities: DeferredEntity[] = [];
  async applyMutation(mutation: { type: string; entities?: DeferredEntity[] }) {
    this.entities.push(...(mutation.entities ?? []));
  }
  async refresh() {}
}

async function main() {
  const { child, ready } = await forkEmulator();
  const { https, estate } = ready;
  const contoso = demoIds.tenant('contoso');
  const fabrikam = demoIds.tenant('fabrikam');
  const config = new ConfigReader({
    azureMl: azureMlConfigFor(https),
    catalog: {
      providers: {
        azureMl: {
          contoso: { tenantId: contoso, defaultOwner: 'platform-team' },
          fabrikam: { tenantId: fabrikam, defaultOwner: 'platform-team' },
        },
      },
    },
  });
  const logger = consoleLogger();
  const scheduler = {
    createScheduledTaskRunner: () => ({ run: async () => {} }),
  } as unknown as SchedulerService;
  const providers = AzureMlEntityProvider.fromConfig(config, {
    logger,
    scheduler,
    serviceIdentity: ServiceIdentityDispatcher.fromConfig(config, { logger }),
  });
  const connection = new CountingConnection();
  for (const provider of providers) await provider.connect(connection);

  console.log(
    `Estate: ${estate.workspaces} workspaces, ${estate.modelContainers} models with ${estate.modelVersions} versions, ${estate.dataContainers} data assets with ${estate.dataVersions} versions, ${estate.environments} environments, ${estate.computes} computes, ${estate.onlineEndpoints} online endpoints with ${estate.onlineDeployments} deployments`,
  );
  const before = await countsAt(child);
  const started = Date.now();
  const applied = await Promise.all(providers.map(p => p.run(logger)));
  const wallMs = Date.now() - started;
  const after = await countsAt(child);

  const requests = after.armRequests - before.armRequests;
  const minimum = estate.minListPages + estate.gets;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`Applied: ${applied.join(', ')}`);
  console.log(`Provider wall time: ${(wallMs / 1000).toFixed(1)} s`);
  console.log(
    `ARM requests: ${requests} (minimum ${minimum}: ${
      estate.minListPages
    } list pages of ${ready.pageSize} + ${estate.gets} gets; ${(
      requests / minimum
    ).toFixed(3)}x)`,
  );
  console.log(`429s received: ${after.throttled - before.throttled}`);
  console.log(`Peak RSS: ${rssMb.toFixed(0)} MB`);
  console.log(`Entities emitted: ${connection.entities.length}`);
  child.disconnect();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
