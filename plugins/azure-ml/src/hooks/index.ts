/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './useIdentityContext';
export * from './useJobFilters';
export * from './useJobs';
export * from './useAzureMlData';
export * from './useFeatureAccess';
export * from './jobTimeRange';
export * from './useEndpoint';
export * from './useJobMetrics';
export * from './usePagedList';
export * from './usePolling';
