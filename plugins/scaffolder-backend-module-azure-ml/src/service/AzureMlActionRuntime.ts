/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AuditEventsClient,
  OnBehalfOfExchange,
  UserTokenValidator,
  onBehalfOfClientCredential,
  readAzureMlConfig,
  type AzureHttpResilienceOptions,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type {
  AuthService,
  DiscoveryService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { EventsService } from '@backstage/plugin-events-node';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import { ActionAttempt, type AttemptTarget } from './ActionAttempt';
import { AssetChangeNotifier } from './AssetChangeNotifier';
import { AssetEntities } from './AssetEntities';
import {
  readActionCaller,
  type ActionCaller,
  type CallerSource,
} from './ActionCaller';
import { SubscriptionTenants } from './SubscriptionTenants';
import { UserAzureClients, type UserAzure } from './UserAzureClients';
import { WorkspaceEntities } from './WorkspaceEntities';

/**
 * The Backstage services the Azure ML template actions use.
 *
 * @public
 */
export type AzureMlActionServices = {
  /** The root config, with the `azureMl` block. */
  config: Config;
  logger: LoggerService;
  /** Checks the Azure ML permissions as the task's initiator. */
  permissions: PermissionsService;
  /** Finds the catalog entities permissions are checked against. */
  catalog: CatalogService;
  auth: AuthService;
  /** Finds the Azure ML backend plugin, whose audit log the actions write. */
  discovery: DiscoveryService;
  /** Where registered assets are announced to the catalog module; not announced when left out. */
  events?: EventsService;
};

/**
 * Everything the actions share: the user token validator and on-behalf-of
 * exchange of the `azureMl` configuration, the user's Azure clients, the
 * workspace entities, the permission service and the audit log.
 *
 * @internal
 */
export class AzureMlActionRuntime {
  readonly #validator: UserTokenValidator;
  readonly #clients: UserAzureClients;
  readonly #tenants: SubscriptionTenants;
  readonly #audit: AuditEventsClient;
  readonly #permissions: PermissionsService;
  /** Finds workspaces and the catalog entities that stand for them. */
  readonly workspaces: WorkspaceEntities;
  /** Finds the catalog entities of assets. */
  readonly assetEntities: AssetEntities;
  /** Tells the catalog module that a workspace's assets changed. */
  readonly assetChanges: AssetChangeNotifier;
  /** The Azure Machine Learning studio of the cloud. */
  readonly studio: string;

  /**
   * Reads the `azureMl` block; fails start-up when the portal app has no
   * credential, as the actions cannot act as the user without one.
   */
  static fromConfig(
    services: AzureMlActionServices,
    options?: { resilience?: AzureHttpResilienceOptions },
  ): AzureMlActionRuntime {
    const azureMl = readAzureMlConfig(services.config);
    const credential = azureMl.portalApp.credential;
    if (!credential) {
      throw new Error(
        `Missing config azureMl.portalApp.credential: the Azure ML template actions exchange the user's token on-behalf-of the portal app ${azureMl.portalApp.clientId}, which needs a credential (mode workload-identity with tokenFilePath, or client-secret with clientSecret)`,
      );
    }
    const { endpoints } = azureMl.cloud;
    const exchange = new OnBehalfOfExchange({
      authorityHost: endpoints.authorityHost,
      clientId: azureMl.portalApp.clientId,
      clientCredential: onBehalfOfClientCredential(credential),
      allowedTenantIds: azureMl.tenants.map(t => t.tenantId),
    });
    return new AzureMlActionRuntime({
      validator: UserTokenValidator.fromConfig(azureMl),
      clients: new UserAzureClients({
        exchange,
        endpoints,
        resilience: options?.resilience,
      }),
      tenants: new SubscriptionTenants(azureMl.tenants),
      audit: new AuditEventsClient({
        discovery: services.discovery,
        auth: services.auth,
        logger: services.logger,
      }),
      permissions: services.permissions,
      workspaces: new WorkspaceEntities({
        catalog: services.catalog,
        auth: services.auth,
      }),
      assetEntities: new AssetEntities({
        catalog: services.catalog,
        auth: services.auth,
      }),
      assetChanges: new AssetChangeNotifier({ events: services.events }),
      studio: endpoints.machineLearningStudio,
    });
  }

  constructor(options: {
    validator: UserTokenValidator;
    clients: UserAzureClients;
    tenants: SubscriptionTenants;
    audit: AuditEventsClient;
    permissions: PermissionsService;
    workspaces: WorkspaceEntities;
    assetEntities: AssetEntities;
    assetChanges: AssetChangeNotifier;
    studio: string;
  }) {
    this.#validator = options.validator;
    this.#clients = options.clients;
    this.#tenants = options.tenants;
    this.#audit = options.audit;
    this.#permissions = options.permissions;
    this.workspaces = options.workspaces;
    this.assetEntities = options.assetEntities;
    this.assetChanges = options.assetChanges;
    this.studio = options.studio;
  }

  /** Who runs the step; see {@link readActionCaller}. */
  caller(ctx: CallerSource): Promise<ActionCaller> {
    return readActionCaller(ctx, this.#validator);
  }

  /**
   * The caller's Azure clients for a subscription, in its tenant.
   *
   * @throws NotFoundError when the subscription is not configured.
   */
  azureFor(caller: ActionCaller, subscriptionId: string): UserAzure {
    return this.#clients.forUser(
      caller.user,
      subscriptionId,
      this.#tenants.tenantOf(subscriptionId),
    );
  }

  /**
   * One audited run of an action; its audit parameters also name the task
   * and template it ran in.
   */
  attempt(
    ctx: Pick<ActionContext<any, any>, 'logger' | 'task' | 'templateInfo'>,
    caller: ActionCaller,
    target: AttemptTarget,
  ): ActionAttempt {
    return new ActionAttempt({
      audit: this.#audit,
      permissions: this.#permissions,
      logger: ctx.logger,
      caller,
      target: {
        ...target,
        parameters: {
          ...target.parameters,
          taskId: ctx.task.id,
          ...(ctx.templateInfo?.entityRef
            ? { template: ctx.templateInfo.entityRef }
            : {}),
        },
      },
    });
  }
}
