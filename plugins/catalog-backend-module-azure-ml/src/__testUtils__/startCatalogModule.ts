/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  EntityProvider,
  EntityProviderConnection,
  DeferredEntity,
} from '@backstage/plugin-catalog-node';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  eventsServiceRef,
  type EventsService,
} from '@backstage/plugin-events-node';
import { azureMlConfigFor, demoIds } from '@internal/azure-emulator/testing';
import { catalogModuleAzureMl } from '../module';
import type { AzureMlEntityProvider } from '../provider';

/** Config data, as the mock root config takes it. */
type JsonObject = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig.factory>[0]>['data']
>;

export const CONTOSO = demoIds.tenant('contoso');
export const FABRIKAM = demoIds.tenant('fabrikam');
export const PROD = demoIds.subscription('contoso-ml-prod');
export const DEV = demoIds.subscription('contoso-ml-dev');

/** The `azureMl` block against an emulator, as the backend plugin's tests build it. */
export const azureMlTestConfig = azureMlConfigFor;

/** A connection that records every mutation. */
export class RecordingConnection implements EntityProviderConnection {
  readonly mutations: { type: string; entities: DeferredEntity[] }[] = [];
  async applyMutation(mutation: any) {
    this.mutations.push(mutation);
  }
  async refresh() {}
}

/**
 * Starts a backend with the module, the real service identity and a mocked
 * scheduler that records schedules and tasks without running them; with
 * `events`, the module subscribes there (an in-memory events service that
 * the test publishes on, shared by every plugin), and with `logger` the
 * module logs there.
 */
export async function startCatalogModule(
  https: string,
  providers: JsonObject,
  options: { events?: EventsService; logger?: LoggerService } = {},
) {
  const added: EntityProvider[] = [];
  const schedules: SchedulerServiceTaskScheduleDefinition[] = [];
  const tasks: SchedulerServiceTaskInvocationDefinition[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        catalogProcessingExtensionPoint,
        {
          addEntityProvider: (...p: any[]) => added.push(...p.flat()),
          addProcessor: () => {},
          addPlaceholderResolver: () => {},
          setOnProcessingErrorHandler: () => {},
        },
      ],
    ],
    features: [
      catalogModuleAzureMl,
      ...(options.events
        ? [
            createServiceFactory({
              service: eventsServiceRef,
              deps: {},
              factory: () => options.events!,
            }),
          ]
        : []),
      ...(options.logger
        ? [
            createServiceFactory({
              service: coreServices.logger,
              deps: {},
              factory: () => options.logger!,
            }),
          ]
        : []),
      mockServices.scheduler.mock({
        createScheduledTaskRunner: jest.fn(schedule => {
          schedules.push(schedule);
          return {
            run: jest.fn(async task => {
              tasks.push(task);
            }),
          };
        }),
      }).factory,
      mockServices.rootConfig.factory({
        data: {
          azureMl: azureMlTestConfig(https),
          catalog: { providers: { azureMl: providers } },
        },
      }),
    ],
  });
  return {
    backend,
    providers: added as AzureMlEntityProvider[],
    schedules,
    tasks,
  };
}

/** A logger that records what it was told, children included. */
export function recordingLogger() {
  const lines: { level: string; message: string; meta?: unknown }[] = [];
  const logger: LoggerService = {
    error: (message, meta) => lines.push({ level: 'error', message, meta }),
    warn: (message, meta) => lines.push({ level: 'warn', message, meta }),
    info: (message, meta) => lines.push({ level: 'info', message, meta }),
    debug: (message, meta) => lines.push({ level: 'debug', message, meta }),
    child: () => logger,
  } as LoggerService;
  return { logger, lines };
}
