/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPermissions } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  OnBehalfOfExchange,
  ServiceIdentityStrategyRegistry,
  UserTokenValidator,
  azureMlServiceIdentityServiceRef,
  azureMlServiceIdentityStrategiesExtensionPoint,
  readAzureMlAuditConfig,
  readAzureMlConfig,
  readAzureMlProjectRoles,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { AccessMapService } from './accessMap';
import { scheduleActivityLogImport } from './activityLog';
import { LeastPrivilegeAdvisor } from './advisor';
import { AccessDoctor } from './doctor/AccessDoctor';
import { KnexAuditLedger } from './ledger';
import { scheduleAuditRetention } from './ledger/scheduleAuditRetention';
import {
  AuditorAuditHook,
  AzureMlClients,
  AzureMlSessions,
  CatalogDirectory,
  CatalogEntityRefs,
  ComputeService,
  DataAssetService,
  EndpointService,
  EnvironmentService,
  JobMetricsService,
  JobService,
  LedgerAuditHook,
  ModelService,
  UserTokenHeader,
  WorkspaceDirectory,
  WorkspaceService,
  WorkspaceTrackingUris,
  createRouter,
  readOnBehalfOfClientCredential,
} from './service';

/**
 * The Azure Machine Learning backend plugin: a REST API under
 * `/api/azure-ml` that calls Azure ML as the signed-in user.
 *
 * @public
 */
export const azureMlPlugin = createBackendPlugin({
  pluginId: 'azure-ml',
  register(env) {
    const strategies = new ServiceIdentityStrategyRegistry();
    env.registerExtensionPoint(
      azureMlServiceIdentityStrategiesExtensionPoint,
      strategies,
    );
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        serviceIdentity: azureMlServiceIdentityServiceRef,
      },
      async init(deps) {
        const { config, logger, httpRouter, permissionsRegistry } = deps;
        const azureMl = readAzureMlConfig(config);
        const audit = readAzureMlAuditConfig(config);
        const auditLedger = await KnexAuditLedger.create({
          database: deps.database,
          secret: audit.secret,
        });
        await scheduleAuditRetention({
          ledger: auditLedger,
          retentionDays: audit.retentionDays,
          scheduler: deps.scheduler,
          logger,
        });
        const { endpoints } = azureMl.cloud;
        const exchange = new OnBehalfOfExchange({
          authorityHost: endpoints.authorityHost,
          clientId: azureMl.portalApp.clientId,
          clientCredential: readOnBehalfOfClientCredential(azureMl),
          allowedTenantIds: azureMl.tenants.map(t => t.tenantId),
        });
        strategies.addTo(deps.serviceIdentity);
        const clients = new AzureMlClients({ exchange, endpoints });
        await scheduleActivityLogImport({
          config,
          azureMl,
          ledger: auditLedger,
          knex: await deps.database.getClient(),
          serviceIdentity: deps.serviceIdentity,
          scheduler: deps.scheduler,
          logger,
          httpClient: clients.httpClient,
        });
        const sessions = new AzureMlSessions({
          clients,
          directory: new WorkspaceDirectory(azureMl.tenants),
          resourceManager: endpoints.resourceManager,
          machineLearningStudio: endpoints.machineLearningStudio,
        });
        const jobs = new JobService();
        const validator = UserTokenValidator.fromConfig(azureMl);
        const entityRefs = new CatalogEntityRefs({
          catalog: deps.catalog,
          auth: deps.auth,
        });
        // Read once, for the access map (only when configured: without it, no
        // project-roles policy is assumed) and the doctor (the defaults too).
        const projectRoles = readAzureMlProjectRoles(config);
        const catalogDirectory = new CatalogDirectory({
          catalog: deps.catalog,
          auth: deps.auth,
        });
        permissionsRegistry.addPermissions(azureMlPermissions);
        httpRouter.use(
          await createRouter({
            config,
            logger,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            userTokens: new UserTokenHeader(validator),
            sessions,
            entityRefs,
            accessMap: new AccessMapService({
              catalog: catalogDirectory,
              projectRoles: config.has('azureMl.projectRoles')
                ? projectRoles
                : undefined,
            }),
            doctor: new AccessDoctor({
              config: azureMl,
              validator,
              exchange,
              sessions,
              clients,
              serviceIdentity: deps.serviceIdentity,
              permissions: deps.permissions,
              entityRefs,
              projectRoles,
            }),
            auditHook: new LedgerAuditHook({
              ledger: auditLedger,
              mirror: new AuditorAuditHook(deps.auditor),
              logger,
            }),
            auditLedger,
            leastPrivilege: new LeastPrivilegeAdvisor({
              ledger: auditLedger,
              memberships: catalogDirectory,
            }),
            workspaces: new WorkspaceService(sessions),
            jobs,
            jobMetrics: new JobMetricsService({
              endpoints,
              httpClient: clients.httpClient,
              trackingUris: new WorkspaceTrackingUris({
                serviceIdentity: deps.serviceIdentity,
                endpoints,
                httpClient: clients.httpClient,
              }),
            }),
            models: new ModelService(jobs),
            endpoints: new EndpointService(),
            dataAssets: new DataAssetService(),
            environments: new EnvironmentService(),
            computes: new ComputeService(),
            validateResponses: config.getOptionalBoolean(
              'azureMl.validateResponses',
            ),
          }),
        );
      },
    });
  },
});
