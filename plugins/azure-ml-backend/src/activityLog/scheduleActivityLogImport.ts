/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { HttpClient } from '@azure/core-rest-pipeline';
import type {
  AzureMlConfig,
  AzureMlServiceIdentityService,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type {
  DatabaseService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { AuditLedger } from '../ledger/AuditLedger';
import { ActivityLogCursors } from './ActivityLogCursors';
import { ActivityLogImporter } from './ActivityLogImporter';
import { ActivityLogReader } from './ActivityLogReader';
import { readActivityLogImportConfig } from './readActivityLogImportConfig';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/**
 * The scheduler task id of the import.
 *
 * @internal
 */
export const ACTIVITY_LOG_IMPORT_TASK_ID = 'azure-ml-activity-log-import';

/**
 * Schedules the Azure Activity Log import of every subscription of
 * `azureMl.tenants` as the portal's service identity, on
 * `azureMl.audit.activityLog.schedule`; nothing when no subscription is
 * configured. The ledger's database must have been migrated (the cursors
 * table is one of its migrations).
 *
 * @returns The importer, or undefined when nothing was scheduled.
 * @internal
 */
export async function scheduleActivityLogImport(options: {
  config: Config;
  azureMl: AzureMlConfig;
  ledger: Pick<AuditLedger, 'appendNew'>;
  knex: Knex;
  serviceIdentity: AzureMlServiceIdentityService;
  scheduler: SchedulerService;
  logger: LoggerService;
  httpClient?: HttpClient;
}): Promise<ActivityLogImporter | undefined> {
  const { azureMl, scheduler } = options;
  const logger = options.logger.child({ task: ACTIVITY_LOG_IMPORT_TASK_ID });
  const importConfig = readActivityLogImportConfig(options.config);
  const subscriptions = azureMl.tenants.flatMap(tenant =>
    tenant.subscriptions.map(subscriptionId => ({
      tenantId: tenant.tenantId,
      subscriptionId,
    })),
  );
  if (subscriptions.length === 0) {
    logger.info(
      'No Azure Activity Log import: azureMl.tenants lists no subscriptions',
    );
    return undefined;
  }
  const importer = new ActivityLogImporter({
    reader: new ActivityLogReader({
      serviceIdentity: options.serviceIdentity,
      endpoints: azureMl.cloud.endpoints,
      httpClient: options.httpClient,
    }),
    ledger: options.ledger,
    cursors: new ActivityLogCursors(options.knex),
    subscriptions,
    lookbackDays: importConfig.lookbackDays,
    overlapMinutes: importConfig.overlapMinutes,
    logger,
  });
  await scheduler.scheduleTask({
    id: ACTIVITY_LOG_IMPORT_TASK_ID,
    ...importConfig.schedule,
    fn: async () => {
      await importer.run();
    },
  });
  return importer;
}
