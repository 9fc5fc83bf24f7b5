/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The frontend plugin of the Azure Machine Learning plugins for Backstage,
 * for the legacy frontend system; the new frontend system's plugin is the
 * default export of `@azure-ml-backstage/plugin-azure-ml/alpha`.
 *
 * @packageDocumentation
 */

export {
  azureMlPlugin,
  AzureMlAccessDoctorPage,
  AzureMlAccessMapPage,
  AzureMlAuditPage,
  AzureMlHubPage,
  EntityAzureMlActivityCard,
  EntityAzureMlContent,
  AzureMlComputePickerFieldExtension,
  AzureMlDataAssetPickerFieldExtension,
  AzureMlEndpointPickerFieldExtension,
  AzureMlEnvironmentPickerFieldExtension,
  AzureMlModelVersionPickerFieldExtension,
  AzureMlWorkspacePickerFieldExtension,
} from './plugin';
export {
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
  type AzureMlDataType,
  type AzureMlEndpointPickerUiOptions,
  type AzureMlEnvironmentPickerUiOptions,
  type AzureMlModelVersionPickerUiOptions,
  type AzureMlWorkspacePickerUiOptions,
} from './scaffolder';
export { auditRouteRef, entityContentRouteRef, rootRouteRef } from './routes';
export { accessDoctorRouteRef } from './routes';
export { accessMapRouteRef } from './routes';
export { isAzureMlAvailable } from './entity';
export { isAzureMlActivityAvailable } from './components/AuditActivityCard/activityTarget';
export {
  azureMlApiRef,
  AzureMlClient,
  type AzureMlAccessDoctorRequest,
  type AzureMlAccessDoctorSubject,
  type AzureMlAccessRequest,
  type AzureMlApi,
  type AzureMlAuditExport,
  type AzureMlAuditExportFormat,
  type AzureMlAuditListRequest,
  type AzureMlClientOptions,
  type AzureMlJobListRequest,
  type AzureMlJobMetricsRequest,
  type AzureMlLeastPrivilegeRequest,
  type AzureMlPageRequest,
} from './api';
export { AzureMlIcon } from './components/AzureMlIcon';
export type {
  AzureMlAuditAction,
  AzureMlAuditActor,
  AzureMlAuditEvent,
  AzureMlAuditFilter,
  AzureMlAuditOutcome,
  AzureMlAuditSource,
  AzureMlAuditVerification,
  AzureMlCompute,
  AzureMlDataAsset,
  AzureMlEndpointTrafficUpdate,
  AzureMlEnvironment,
  AzureMlIdentityMode,
  AzureMlJob,
  AzureMlJobFilter,
  AzureMlJobMetrics,
  AzureMlJobStatus,
  AzureMlJobType,
  AzureMlModelContainer,
  AzureMlModelVersion,
  AzureMlModelVersionDetail,
  AzureMlOnlineEndpoint,
  AzureMlOnlineEndpointSummary,
  AzureMlWorkspace,
  AzureMlWorkspaceList,
  AzureMlWorkspaceAccess,
  AzureMlFeatureAccess,
  AzureMlPortalFeature,
  AccessDenial,
  AccessCheck,
  AccessCheckEvidence,
  AccessCheckId,
  AccessCheckVerdict,
  AccessDoctorReport,
  AccessDoctorSubject,
  AccessFeatureFinding,
  AccessFix,
  AccessRoleToGrant,
  IdentityContext,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
