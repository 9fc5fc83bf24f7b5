/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash, randomUUID } from 'node:crypto';
import {
  AzureMachineLearningWorkspaces,
  type Workspace,
} from '@azure/arm-machinelearning';
import {
  ArmReadBudget,
  azureClientPipelineOptions,
  readAzureMlConfig,
  type AzureAdditionalPolicy,
  type AzureClientPipelineOptions,
  type AzureCloudEndpoints,
  type AzureMlServiceIdentityService,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { parseWorkspaceId } from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { stringifyError } from '@backstage/errors';
import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  readAzureMlCatalogConfig,
  type AzureMlCatalogProviderConfig,
} from '../config';
import type { AuditEventsClient } from '../audit';
import { catalogRefreshEvent } from '../audit/catalogRefreshEvent';
import { AZURE_ML_CATALOG_API_VERSION } from '../constants';
import { entityName, mapWorkspaceSnapshot, ownerRef } from '../mappers';
import { ArmRequestCounter } from './armRequestCounter';
import { mapConcurrently } from './mapConcurrently';
import { readWorkspace } from './readWorkspace';

/** Workspaces read at once within one subscription. */
const WORKSPACE_CONCURRENCY = 4;

/** One scope (a subscription or a workspace) a run could not read. */
type ScopeFailure = { scope: string; error: unknown };

/** What a run has read so far, for its audit event. */
type RunProgress = {
  started: number;
  requests: ArmRequestCounter;
  entities: Entity[];
  failures: ScopeFailure[];
};

const lower = (values?: string[]) => values?.map(v => v.toLowerCase());

/**
 * Ingests the Azure Machine Learning workspaces of the configured
 * subscriptions (as the portal's service identity in their tenant) and
 * their models, online endpoints, data assets, environments and computes.
 *
 * @remarks
 *
 * Each run reads every subscription completely before it applies one `full`
 * mutation. If any subscription or workspace cannot be read, the run logs
 * each failure and applies nothing, so the entities of the last complete
 * run stay in the catalog.
 *
 * @public
 */
export class AzureMlEntityProvider implements EntityProvider {
  readonly #config: AzureMlCatalogProviderConfig;
  readonly #endpoints: AzureCloudEndpoints;
  readonly #serviceIdentity: AzureMlServiceIdentityService;
  readonly #logger: LoggerService;
  readonly #taskRunner: SchedulerServiceTaskRunner;
  readonly #readBudget: ArmReadBudget;
  readonly #auditEvents?: AuditEventsClient;
  #connection?: EntityProviderConnection;

  /**
   * One provider per id under `catalog.providers.azureMl`.
   *
   * @throws Error naming the config key that is missing or wrong.
   */
  static fromConfig(
    config: Config,
    options: {
      logger: LoggerService;
      scheduler: SchedulerService;
      serviceIdentity: AzureMlServiceIdentityService;
      /** Where each run is recorded as a `catalog.refresh` audit event. */
      auditEvents?: AuditEventsClient;
    },
  ): AzureMlEntityProvider[] {
    const providers = config.getOptionalConfig('catalog.providers.azureMl');
    if (!providers || providers.keys().length === 0) {
      return [];
    }
    const azureMl = readAzureMlConfig(config);
    // One service identity reads for every provider: ARM counts their reads
    // of a subscription against one budget.
    const readBudget = new ArmReadBudget();
    return readAzureMlCatalogConfig(config, azureMl.tenants).map(
      providerConfig =>
        new AzureMlEntityProvider({
          config: providerConfig,
          endpoints: azureMl.cloud.endpoints,
          serviceIdentity: options.serviceIdentity,
          logger: options.logger,
          taskRunner: options.scheduler.createScheduledTaskRunner(
            providerConfig.schedule,
          ),
          readBudget,
          auditEvents: options.auditEvents,
        }),
    );
  }

  constructor(options: {
    config: AzureMlCatalogProviderConfig;
    endpoints: AzureCloudEndpoints;
    serviceIdentity: AzureMlServiceIdentityService;
    logger: LoggerService;
    taskRunner: SchedulerServiceTaskRunner;
    /**
     * ARM's read budget of the service identity, shared by every provider
     * that reads as it; a budget of its own (ARM's defaults) otherwise.
     */
    readBudget?: ArmReadBudget;
    /** Where each run is recorded as a `catalog.refresh` audit event; not recorded when left out. */
    auditEvents?: AuditEventsClient;
  }) {
    this.#config = options.config;
    this.#endpoints = options.endpoints;
    this.#serviceIdentity = options.serviceIdentity;
    this.#logger = options.logger.child({ target: this.getProviderName() });
    this.#taskRunner = options.taskRunner;
    this.#readBudget = options.readBudget ?? new ArmReadBudget();
    this.#auditEvents = options.auditEvents;
  }

  /** `AzureMlEntityProvider:{id}`. */
  getProviderName(): string {
    return `AzureMlEntityProvider:${this.#config.id}`;
  }

  /** Stores the connection and schedules the runs. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    const id = `${this.getProviderName()}:refresh`;
    await this.#taskRunner.run({
      id,
      fn: async () => {
        const logger = this.#logger.child({
          class: AzureMlEntityProvider.name,
          taskId: id,
          taskInstanceId: randomUUID(),
        });
        try {
          await this.run(logger);
        } catch (error) {
          logger.error(`Azure ML catalog run failed: ${stringifyError(error)}`);
        }
      },
    });
  }

  /**
   * Reads every configured subscription and, when all of it could be read,
   * replaces the provider's entities with a `full` mutation. Each run is
   * recorded as a `catalog.refresh` audit event; failing to record it does
   * not fail the run.
   *
   * @returns Whether a mutation was applied.
   * @throws Error `'Not initialized'` before {@link AzureMlEntityProvider.connect}.
   */
  async run(logger: LoggerService = this.#logger): Promise<boolean> {
    if (!this.#connection) {
      throw new Error('Not initialized');
    }
    const run: RunProgress = {
      started: Date.now(),
      requests: new ArmRequestCounter(),
      entities: [],
      failures: [],
    };
    let applied: boolean;
    try {
      applied = await this.#ingest(this.#connection, logger, run);
    } catch (error) {
      await this.#record(logger, run, error);
      throw error;
    }
    await this.#record(logger, run);
    return applied;
  }

  async #ingest(
    connection: EntityProviderConnection,
    logger: LoggerService,
    run: RunProgress,
  ): Promise<boolean> {
    const { entities, failures } = run;
    for (const subscriptionId of this.#config.subscriptions) {
      const subscriptionStarted = Date.now();
      const result = await this.#readSubscription(subscriptionId, run.requests);
      entities.push(...result.entities);
      failures.push(...result.failures);
      logger.info(`Read Azure ML subscription ${subscriptionId}`, {
        subscriptionId,
        workspaces: result.workspaces,
        entities: result.entities.length,
        failures: result.failures.length,
        durationMs: Date.now() - subscriptionStarted,
      });
    }
    if (failures.length > 0) {
      for (const failure of failures) {
        logger.error(
          `Could not read Azure ML ${failure.scope}: ${stringifyError(
            failure.error,
          )}`,
        );
      }
      logger.warn(
        `Applied no catalog mutation: ${failures.length} scope(s) could not be read; the entities of the last complete run stay`,
      );
      return false;
    }
    await connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: `azure-ml-provider:${this.#config.id}`,
      })),
    });
    logger.info(`Applied ${entities.length} Azure ML entities`, {
      entities: entities.length,
      durationMs: Date.now() - run.started,
    });
    return true;
  }

  /** Records the run in the Azure ML audit log, when one is configured. */
  async #record(
    logger: LoggerService,
    run: RunProgress,
    error?: unknown,
  ): Promise<void> {
    await this.#auditEvents?.record(
      catalogRefreshEvent({
        config: this.#config,
        entities: run.entities.length,
        armRequests: run.requests.count,
        durationMs: Date.now() - run.started,
        failures: run.failures,
        error,
      }),
      logger,
    );
  }

  async #readSubscription(
    subscriptionId: string,
    requests: ArmRequestCounter,
  ): Promise<{
    entities: Entity[];
    failures: ScopeFailure[];
    workspaces: number;
  }> {
    const client = new AzureMachineLearningWorkspaces(
      this.#serviceIdentity.credentialFor(this.#config.tenantId),
      subscriptionId,
      {
        endpoint: this.#endpoints.resourceManager,
        apiVersion: AZURE_ML_CATALOG_API_VERSION,
        credentialScopes: [this.#endpoints.resourceManagerScope],
        ...withPolicy(
          azureClientPipelineOptions({ readBudget: this.#readBudget }),
          requests.policy(),
        ),
      },
    );
    let workspaces: Workspace[];
    try {
      workspaces = [];
      for await (const w of client.workspaces.listBySubscription()) {
        workspaces.push(w);
      }
    } catch (error) {
      return {
        entities: [],
        failures: [{ scope: `subscription ${subscriptionId}`, error }],
        workspaces: 0,
      };
    }
    const selected = workspaces.filter(w => this.#selects(w));
    const nameCounts = new Map<string, number>();
    for (const w of selected) {
      const key = (w.name ?? '').toLowerCase();
      nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
    }
    const results = await mapConcurrently(
      selected,
      WORKSPACE_CONCURRENCY,
      async workspace => {
        const workspaceId = workspace.id ?? '';
        const { resourceGroup } = parseWorkspaceId(workspaceId).workspace;
        const snapshot = await readWorkspace(client, workspace, resourceGroup);
        const name = workspace.name ?? '';
        // Two selected workspaces of one name get a hash of their id each.
        const systemName =
          (nameCounts.get(name.toLowerCase()) ?? 0) > 1
            ? entityName(name, shortHash(workspaceId))
            : entityName(name);
        return mapWorkspaceSnapshot(snapshot, {
          workspaceId,
          tenantId: this.#config.tenantId,
          systemName,
          owner: ownerRef(
            workspace.tags,
            this.#config.ownerTag,
            this.#config.defaultOwner,
          ),
          portal: this.#endpoints.portal,
          studio: this.#endpoints.machineLearningStudio,
        });
      },
    );
    const entities: Entity[] = [];
    const failures: ScopeFailure[] = [];
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') {
        entities.push(...result.value);
      } else {
        failures.push({
          scope: `workspace ${selected[index].id} (subscription ${subscriptionId})`,
          error: result.reason,
        });
      }
    });
    return { entities, failures, workspaces: selected.length };
  }

  #selects(workspace: Workspace): boolean {
    const { resourceGroups, workspaces, workspaceTag } = this.#config;
    const rg = /\/resourceGroups\/([^/]+)\//i.exec(workspace.id ?? '')?.[1];
    if (
      resourceGroups &&
      !lower(resourceGroups)!.includes(rg?.toLowerCase() ?? '')
    ) {
      return false;
    }
    if (
      workspaces &&
      !lower(workspaces)!.includes((workspace.name ?? '').toLowerCase())
    ) {
      return false;
    }
    if (
      workspaceTag &&
      workspace.tags?.[workspaceTag.key] !== workspaceTag.value
    ) {
      return false;
    }
    return true;
  }
}

function withPolicy(
  options: AzureClientPipelineOptions,
  policy: AzureAdditionalPolicy,
): AzureClientPipelineOptions {
  return {
    ...options,
    additionalPolicies: [...options.additionalPolicies, policy],
  };
}

function shortHash(value: string): string {
  return createHash('sha256')
    .update(value.toLowerCase())
    .digest('hex')
    .slice(0, 6);
}
