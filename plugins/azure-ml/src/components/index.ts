/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './AccessDoctorLink';
export * from './AccessDoctorPage';
export * from './AzureMlIcon';
export * from './IdentityCard';
export * from './IdentityDetails';
export * from './LegacyHubPage';
export * from './MlHubPage';
export * from './AzureMlEntityContent';
export * from './JobFilterBar';
export * from './JobStatusIndicator';
export * from './JobsTable';
export * from './AzureMlErrorPanel';
export * from './CancelJobButton';
export * from './ComparePage';
export * from './ComputesTable';
export * from './DataAssetsTable';
export * from './EndpointPage';
export * from './EndpointsTable';
export * from './JobPage';
export * from './MetricChart';
export * from './ModelPage';
export * from './ModelVersionPage';
export * from './ModelsTable';
export * from './TrafficDialog';
export * from './TrafficSplitBar';
export * from './WorkspaceView';
