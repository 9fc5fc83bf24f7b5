/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import {
  createScaffolderFieldExtension,
  type FieldExtensionComponent,
} from '@backstage/plugin-scaffolder-react';
import { azureMlApiFactory } from './api';
import { auditRouteRef, entityContentRouteRef, rootRouteRef } from './routes';
import { accessDoctorRouteRef } from './routes';
import { accessMapRouteRef } from './routes';
import {
  AzureMlComputePicker,
  AzureMlComputePickerFieldSchema,
  azureMlComputePickerValidation,
  AzureMlDataAssetPicker,
  AzureMlDataAssetPickerFieldSchema,
  azureMlDataAssetPickerValidation,
  AzureMlEndpointPicker,
  AzureMlEndpointPickerFieldSchema,
  azureMlEndpointPickerValidation,
  AzureMlEnvironmentPicker,
  AzureMlEnvironmentPickerFieldSchema,
  azureMlEnvironmentPickerValidation,
  AzureMlModelVersionPicker,
  AzureMlModelVersionPickerFieldSchema,
  azureMlModelVersionPickerValidation,
  AzureMlWorkspacePicker,
  AzureMlWorkspacePickerFieldSchema,
  azureMlWorkspacePickerValidation,
  type AzureMlComputePickerUiOptions,
  type AzureMlDataAssetPickerUiOptions,
  type AzureMlEndpointPickerUiOptions,
  type AzureMlEnvironmentPickerUiOptions,
  type AzureMlModelVersionPickerUiOptions,
  type AzureMlWorkspacePickerUiOptions,
} from './scaffolder';

/**
 * The Azure ML plugin for the legacy frontend system. It provides the
 * `azureMlApiRef` implementation; apps on the new frontend system use the
 * default export of `@azure-ml-backstage/plugin-azure-ml/alpha` instead.
 *
 * @public
 */
export const azureMlPlugin = createPlugin({
  id: 'azure-ml',
  apis: [azureMlApiFactory],
  routes: {
    root: rootRouteRef,
    entityContent: entityContentRouteRef,
    audit: auditRouteRef,
    accessDoctor: accessDoctorRouteRef,
    accessMap: accessMapRouteRef,
  },
});

/**
 * The Azure ML hub page of the legacy frontend system: every workspace the
 * user can see, with job counts and endpoint health, and the user's Azure
 * identity; mount it with
 * `<Route path="/azure-ml" element={<AzureMlHubPage />} />`.
 *
 * @public
 */
export const AzureMlHubPage: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'AzureMlHubPage',
    component: () =>
      import('./components/LegacyHubPage').then(m => m.LegacyHubPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The "Azure ML" entity tab of the legacy frontend system: the jobs of the
 * entity's Azure ML workspace. Show it for the entities
 * {@link isAzureMlAvailable} accepts:
 * `<EntityLayout.Route path="/azure-ml" title="Azure ML" if={isAzureMlAvailable}><EntityAzureMlContent /></EntityLayout.Route>`.
 *
 * @public
 */
export const EntityAzureMlContent: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'EntityAzureMlContent',
    component: () =>
      import('./components/AzureMlEntityContent').then(
        m => m.AzureMlEntityContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);

/**
 * The audit log page of the legacy frontend system: every model and
 * pipeline action with filters kept in the URL, the chain status badge and
 * NDJSON and CSV exports; it needs the Backstage permission
 * `azureMl.audit.read`. Mount it with
 * `<Route path="/azure-ml/audit" element={<AzureMlAuditPage />} />` so the
 * Activity cards link to it.
 *
 * @public
 */
export const AzureMlAuditPage: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'AzureMlAuditPage',
    component: () =>
      import('./components/AuditPage').then(m => m.LegacyAuditPage),
    mountPoint: auditRouteRef,
  }),
);

/**
 * The access doctor page of the legacy frontend system: for a workspace and
 * a subject (the signed-in user; the service identity or another user for
 * holders of `azureMl.access.diagnose.others`), every check between them and
 * Azure ML with its verdict, evidence and fix. Mount it with
 * `<Route path="/azure-ml/access-doctor" element={<AzureMlAccessDoctorPage />} />`
 * so refusals across the plugin link to it.
 *
 * @public
 */
export const AzureMlAccessDoctorPage: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'AzureMlAccessDoctorPage',
    component: () =>
      import('./components/AccessDoctorPage').then(
        m => m.LegacyAccessDoctorPage,
      ),
    mountPoint: accessDoctorRouteRef,
  }),
);

/**
 * The access map page of the legacy frontend system, "who can do what
 * where": for the workspace picked (the `workspace` query parameter, an ARM
 * id), each person and group with their project role, the portal features
 * it allows, their Azure role assignments and where the two disagree.
 * Mount it with
 * `<Route path="/azure-ml/access-map" element={<AzureMlAccessMapPage />} />`.
 *
 * @public
 */
export const AzureMlAccessMapPage: () => JSX.Element = azureMlPlugin.provide(
  createRoutableExtension({
    name: 'AzureMlAccessMapPage',
    component: () =>
      import('./components/AccessMapPage').then(m => m.LegacyAccessMapPage),
    mountPoint: accessMapRouteRef,
  }),
);

/**
 * The "Activity" card of the legacy frontend system: the last 10 audit
 * events on the entity's workspace, model or endpoint, linked to the audit
 * page. Show it for the entities {@link isAzureMlActivityAvailable} accepts:
 * `<EntitySwitch.Case if={isAzureMlActivityAvailable}><EntityAzureMlActivityCard /></EntitySwitch.Case>`.
 *
 * @public
 */
export const EntityAzureMlActivityCard: () => JSX.Element =
  azureMlPlugin.provide(
    createComponentExtension({
      name: 'EntityAzureMlActivityCard',
      component: {
        lazy: () =>
          import('./components/AuditActivityCard').then(
            m => m.AuditActivityCard,
          ),
      },
    }),
  );

/**
 * The `AzureMlWorkspacePicker` field of software templates, for the legacy
 * frontend system: the workspaces the user can use, valued by ARM id; it
 * puts the user's Entra token in the template secret `azureMlUserToken`.
 * Add it inside the scaffolder's route:
 * `<ScaffolderFieldExtensions><AzureMlWorkspacePickerFieldExtension /></ScaffolderFieldExtensions>`.
 *
 * @public
 */
export const AzureMlWorkspacePickerFieldExtension: FieldExtensionComponent<
  string,
  AzureMlWorkspacePickerUiOptions
> = azureMlPlugin.provide(
  createScaffolderFieldExtension({
    name: 'AzureMlWorkspacePicker',
    component: AzureMlWorkspacePicker,
    validation: azureMlWorkspacePickerValidation,
    schema: AzureMlWorkspacePickerFieldSchema.schema,
  }),
);

/**
 * The `AzureMlComputePicker` field of software templates, for the legacy
 * frontend system: the computes of the workspace picked in the form, valued
 * by name.
 *
 * @public
 */
export const AzureMlComputePickerFieldExtension: FieldExtensionComponent<
  string,
  AzureMlComputePickerUiOptions
> = azureMlPlugin.provide(
  createScaffolderFieldExtension({
    name: 'AzureMlComputePicker',
    component: AzureMlComputePicker,
    validation: azureMlComputePickerValidation,
    schema: AzureMlComputePickerFieldSchema.schema,
  }),
);

/**
 * The `AzureMlEnvironmentPicker` field of software templates, for the
 * legacy frontend system: the environment versions of the workspace picked
 * in the form, valued `azureml:<name>:<version>`.
 *
 * @public
 */
export const AzureMlEnvironmentPickerFieldExtension: FieldExtensionComponent<
  string,
  AzureMlEnvironmentPickerUiOptions
> = azureMlPlugin.provide(
  createScaffolderFieldExtension({
    name: 'AzureMlEnvironmentPicker',
    component: AzureMlEnvironmentPicker,
    validation: azureMlEnvironmentPickerValidation,
    schema: AzureMlEnvironmentPickerFieldSchema.schema,
  }),
);

/**
 * The `AzureMlDataAssetPicker` field of software templates, for the legacy
 * frontend system: the data asset versions of the workspace picked in the
 * form, valued `azureml:<name>:<version>`.
 *
 * @public
 */
export const AzureMlDataAssetPickerFieldExtension: FieldExtensionComponent<
  string,
  AzureMlDataAssetPickerUiOptions
> = azureMlPlugin.provide(
  createScaffolderFieldExtension({
    name: 'AzureMlDataAssetPicker',
    component: AzureMlDataAssetPicker,
    validation: azureMlDataAssetPickerValidation,
    schema: AzureMlDataAssetPickerFieldSchema.schema,
  }),
);

/**
 * The `AzureMlEndpointPicker` field of software templates, for the legacy
 * frontend system: the online endpoints of the workspace picked in the
 * form, with their traffic split, valued by name.
 *
 * @public
 */
export const AzureMlEndpointPickerFieldExtension: FieldExtensionComponent<
  string,
  AzureMlEndpointPickerUiOptions
> = azureMlPlugin.provide(
  createScaffolderFieldExtension({
    name: 'AzureMlEndpointPicker',
    component: AzureMlEndpointPicker,
    validation: azureMlEndpointPickerValidation,
    schema: AzureMlEndpointPickerFieldSchema.schema,
  }),
);

/**
 * The `AzureMlModelVersionPicker` field of software templates, for the
 * legacy frontend system: the registered model versions of the workspace
 * picked in the form, valued `azureml:<name>:<version>`.
 *
 * @public
 */
export const AzureMlModelVersionPickerFieldExtension: FieldExtensionComponent<
  string,
  AzureMlModelVersionPickerUiOptions
> = azureMlPlugin.provide(
  createScaffolderFieldExtension({
    name: 'AzureMlModelVersionPicker',
    component: AzureMlModelVersionPicker,
    validation: azureMlModelVersionPickerValidation,
    schema: AzureMlModelVersionPickerFieldSchema.schema,
  }),
);
