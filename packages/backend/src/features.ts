/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import azureMlBackend from '@azure-ml-backstage/plugin-azure-ml-backend';
import catalogAzureMl from '@azure-ml-backstage/plugin-catalog-backend-module-azure-ml';
import localGit, {
  scaffolderModuleLocalGit,
} from '@azure-ml-backstage/plugin-local-git-backend';
import permissionAzureMlProjectRoles from '@azure-ml-backstage/plugin-permission-backend-module-azure-ml-project-roles';
import scaffolderAzureMl from '@azure-ml-backstage/plugin-scaffolder-backend-module-azure-ml';
import appBackend from '@backstage/plugin-app-backend';
import authBackend from '@backstage/plugin-auth-backend';
import catalogBackend from '@backstage/plugin-catalog-backend';
import catalogMicrosoftGraph from '@backstage/plugin-catalog-backend-module-msgraph';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import catalogLogs from '@backstage/plugin-catalog-backend-module-logs';
import eventsBackend from '@backstage/plugin-events-backend';
import permissionBackend from '@backstage/plugin-permission-backend';
import scaffolderBackend from '@backstage/plugin-scaffolder-backend';
import searchBackend from '@backstage/plugin-search-backend';
import searchCatalogCollator from '@backstage/plugin-search-backend-module-catalog';
import signalsBackend from '@backstage/plugin-signals-backend';
import userSettingsBackend from '@backstage/plugin-user-settings-backend';
import { authModuleEntraIdProvider } from './auth';

/**
 * The backend features the portal runs, in one list so that the process entry
 * point and the start-up tests boot exactly the same backend.
 */
export const portalFeatures = [
  appBackend,
  authBackend,
  // Sign-in with Microsoft Entra ID (or the local emulator's), as the
  // catalog users ingested from Microsoft Graph.
  authModuleEntraIdProvider,
  catalogBackend,
  // Users and groups of each configured Entra tenant.
  catalogMicrosoftGraph,
  // The Azure ML estate as catalog entities, read with the service identity.
  catalogAzureMl,
  catalogScaffolderEntityModel,
  catalogLogs,
  // The event bus: catalog and signals events reach every replica.
  eventsBackend,
  permissionBackend,
  // Azure ML permissions from project roles (azureMl.projectRoles: catalog
  // groups, ownership of the workspace's entity); every other permission is
  // allowed.
  permissionAzureMlProjectRoles,
  scaffolderBackend,
  // Template actions that submit jobs, register data, models and
  // environments, and federate CI identities, as the user who runs them.
  scaffolderAzureMl,
  // A plain git host on the backend's disk (when `localGit` is configured:
  // the local default) and publish:local-git, which the templates use there.
  localGit,
  scaffolderModuleLocalGit,
  searchBackend,
  searchCatalogCollator,
  // Pushes live updates to the browser (user settings, running jobs).
  signalsBackend,
  userSettingsBackend,
  // Azure ML as the signed-in user (plugins/azure-ml-backend).
  azureMlBackend,
];
