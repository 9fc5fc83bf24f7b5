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
  AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC,
  azureClientPipelineOptions,
  isAzureMlWorkspaceAssetsChangedEvent,
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
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  readAzureMlCatalogConfig,
  type AzureMlCatalogProviderConfig,
} from '../config';
import type { AuditEventsClient } from '../audit';
import {
  catalogRefreshEvent,
  type WorkspaceRefreshScope,
} from '../audit/catalogRefreshEvent';
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

const newRun = (): RunProgress => ({
  started: Date.now(),
  requests: new ArmRequestCounter(),
  entities: [],
  failures: [],
});

/** The selected workspaces of one subscription and their System names. */
type SelectedWorkspaces = {
  workspaces: Workspace[];
  systemNameOf: (workspace: Workspace) => string;
};

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
 * Given the events service, it also re-reads a single workspace whenever an
 * {@link @azure-ml-backstage/plugin-azure-ml-node#AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC}
 * event names one of its subscriptions' workspaces, and applies that
 * workspace's entities as a `delta` mutation. Runs and workspace refreshes of
 * one provider take turns, so a run that read Azure before a change cannot
 * apply its older entities after the refresh that read the change.
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
  readonly #events?: EventsService;
  #connection?: EntityProviderConnection;
  #subscribed = false;
  /** The run or workspace refresh in progress; the next one waits for it. */
  #turn: Promise<unknown> = Promise.resolve();

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
      /** Where workspace asset changes are announced; runs on the schedule only when left out. */
      events?: EventsService;
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
          events: options.events,
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
    /**
     * Where workspace asset changes are announced: each one of the
     * provider's workspaces is re-read at once. Runs on the schedule only
     * when left out.
     */
    events?: EventsService;
  }) {
    this.#config = options.config;
    this.#endpoints = options.endpoints;
    this.#serviceIdentity = options.serviceIdentity;
    this.#logger = options.logger.child({ target: this.getProviderName() });
    this.#taskRunner = options.taskRunner;
    this.#readBudget = options.readBudget ?? new ArmReadBudget();
    this.#auditEvents = options.auditEvents;
    this.#events = options.events;
  }

  /** `AzureMlEntityProvider:{id}`. */
  getProviderName(): string {
    return `AzureMlEntityProvider:${this.#config.id}`;
  }

  /**
   * Stores the connection, subscribes to workspace asset changes (once) and
   * schedules the runs.
   */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    await this.#subscribe();
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
    const connection = this.#connection;
    if (!connection) {
      throw new Error('Not initialized');
    }
    return this.#inTurn(async () => {
      const run = newRun();
      let applied: boolean;
      try {
        applied = await this.#ingest(connection, logger, run);
      } catch (error) {
        await this.#record(logger, run, undefined, error);
        throw error;
      }
      await this.#record(logger, run);
      return applied;
    });
  }

  /**
   * Re-reads one workspace and adds its entities with a `delta` mutation
   * (entities of assets deleted since go with the next run), recorded as a
   * `catalog.refresh` audit event of that workspace. A workspace outside the
   * provider's subscriptions, or one its filters do not select, is ignored.
   *
   * @param workspaceId - The workspace's ARM id, from an event.
   * @returns Whether a mutation was applied.
   * @throws Error `'Not initialized'` before {@link AzureMlEntityProvider.connect},
   *   or what reading Azure or applying the mutation threw.
   */
  async refreshWorkspace(
    workspaceId: string,
    logger: LoggerService = this.#logger,
  ): Promise<boolean> {
    const connection = this.#connection;
    if (!connection) {
      throw new Error('Not initialized');
    }
    let scope: WorkspaceRefreshScope;
    try {
      const parsed = parseWorkspaceId(workspaceId);
      scope = {
        workspaceId: parsed.id,
        subscriptionId: parsed.workspace.subscriptionId,
      };
    } catch (error) {
      logger.warn(
        `Ignored a refresh of ${JSON.stringify(workspaceId)}: ${stringifyError(
          error,
        )}`,
      );
      return false;
    }
    const subscription = this.#config.subscriptions.find(
      s => s.toLowerCase() === scope.subscriptionId.toLowerCase(),
    );
    if (!subscription) {
      logger.debug(
        `Ignored a refresh of workspace ${scope.workspaceId}: its subscription is not one the provider reads`,
      );
      return false;
    }
    scope.subscriptionId = subscription;
    return this.#inTurn(async () => {
      const run = newRun();
      try {
        if (!(await this.#ingestWorkspace(connection, logger, run, scope))) {
          return false;
        }
      } catch (error) {
        await this.#record(logger, run, scope, error);
        throw error;
      }
      await this.#record(logger, run, scope);
      return true;
    });
  }

  async #subscribe(): Promise<void> {
    if (!this.#events || this.#subscribed) return;
    this.#subscribed = true;
    await this.#events.subscribe({
      id: this.getProviderName(),
      topics: [AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC],
      onEvent: ({ eventPayload }) =>
        this.#onWorkspaceAssetsChanged(eventPayload),
    });
  }

  /** Never throws: a failed refresh is logged, and the next run catches up. */
  async #onWorkspaceAssetsChanged(payload: unknown): Promise<void> {
    const logger = this.#logger.child({
      class: AzureMlEntityProvider.name,
      topic: AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC,
      taskInstanceId: randomUUID(),
    });
    if (!isAzureMlWorkspaceAssetsChangedEvent(payload)) {
      logger.warn(
        `Ignored an ${AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC} event without a workspaceId`,
      );
      return;
    }
    try {
      await this.refreshWorkspace(payload.workspaceId, logger);
    } catch (error) {
      logger.error(
        `Azure ML catalog refresh of workspace ${
          payload.workspaceId
        } failed: ${stringifyError(error)}`,
      );
    }
  }

  /** Runs `work` once the run or refresh before it has ended. */
  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#turn.then(work);
    this.#turn = result.catch(() => undefined);
    return result;
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
      entities: entities.map(entity => this.#deferred(entity)),
    });
    logger.info(`Applied ${entities.length} Azure ML entities`, {
      entities: entities.length,
      durationMs: Date.now() - run.started,
    });
    return true;
  }

  /** @returns false when the provider's filters do not select the workspace. */
  async #ingestWorkspace(
    connection: EntityProviderConnection,
    logger: LoggerService,
    run: RunProgress,
    scope: WorkspaceRefreshScope,
  ): Promise<boolean> {
    const client = this.#client(scope.subscriptionId, run.requests);
    // The whole list, for the filters and for the System name, which
    // depends on the other selected workspaces of the subscription.
    const selected = await this.#selectedWorkspaces(client);
    const workspace = selected.workspaces.find(
      w => (w.id ?? '').toLowerCase() === scope.workspaceId.toLowerCase(),
    );
    if (!workspace) {
      logger.info(
        `Ignored a refresh of workspace ${scope.workspaceId}: the provider's filters do not select it, or it does not exist`,
      );
      return false;
    }
    const entities = await this.#workspaceEntities(
      client,
      workspace,
      selected.systemNameOf(workspace),
    );
    run.entities.push(...entities);
    await connection.applyMutation({
      type: 'delta',
      added: entities.map(entity => this.#deferred(entity)),
      removed: [],
    });
    logger.info(
      `Applied ${entities.length} Azure ML entities of workspace ${scope.workspaceId}`,
      {
        workspaceId: scope.workspaceId,
        entities: entities.length,
        durationMs: Date.now() - run.started,
      },
    );
    return true;
  }

  #deferred(entity: Entity): DeferredEntity {
    return { entity, locationKey: `azure-ml-provider:${this.#config.id}` };
  }

  /** Records the run in the Azure ML audit log, when one is configured. */
  async #record(
    logger: LoggerService,
    run: RunProgress,
    workspace?: WorkspaceRefreshScope,
    error?: unknown,
  ): Promise<void> {
    await this.#auditEvents?.record(
      catalogRefreshEvent({
        config: this.#config,
        workspace,
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
    const client = this.#client(subscriptionId, requests);
    let selected: SelectedWorkspaces;
    try {
      selected = await this.#selectedWorkspaces(client);
    } catch (error) {
      return {
        entities: [],
        failures: [{ scope: `subscription ${subscriptionId}`, error }],
        workspaces: 0,
      };
    }
    const { workspaces, systemNameOf } = selected;
    const results = await mapConcurrently(
      workspaces,
      WORKSPACE_CONCURRENCY,
      workspace =>
        this.#workspaceEntities(client, workspace, systemNameOf(workspace)),
    );
    const entities: Entity[] = [];
    const failures: ScopeFailure[] = [];
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') {
        entities.push(...result.value);
      } else {
        failures.push({
          scope: `workspace ${workspaces[index].id} (subscription ${subscriptionId})`,
          error: result.reason,
        });
      }
    });
    return { entities, failures, workspaces: workspaces.length };
  }

  #client(
    subscriptionId: string,
    requests: ArmRequestCounter,
  ): AzureMachineLearningWorkspaces {
    return new AzureMachineLearningWorkspaces(
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
  }

  /** Lists the subscription's workspaces (every page) and applies the filters. */
  async #selectedWorkspaces(
    client: AzureMachineLearningWorkspaces,
  ): Promise<SelectedWorkspaces> {
    const all: Workspace[] = [];
    for await (const w of client.workspaces.listBySubscription()) {
      all.push(w);
    }
    const workspaces = all.filter(w => this.#selects(w));
    const nameCounts = new Map<string, number>();
    for (const w of workspaces) {
      const key = (w.name ?? '').toLowerCase();
      nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
    }
    return {
      workspaces,
      // Two selected workspaces of one name get a hash of their id each.
      systemNameOf: workspace => {
        const name = workspace.name ?? '';
        return (nameCounts.get(name.toLowerCase()) ?? 0) > 1
          ? entityName(name, shortHash(workspace.id ?? ''))
          : entityName(name);
      },
    };
  }

  /** Reads one workspace completely and maps it to its entities. */
  async #workspaceEntities(
    client: AzureMachineLearningWorkspaces,
    workspace: Workspace,
    systemName: string,
  ): Promise<Entity[]> {
    const workspaceId = workspace.id ?? '';
    const { resourceGroup } = parseWorkspaceId(workspaceId).workspace;
    const snapshot = await readWorkspace(client, workspace, resourceGroup);
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
