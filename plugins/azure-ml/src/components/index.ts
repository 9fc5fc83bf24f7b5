/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './AzureMlIcon';
export * from './IdentityCard';
export * from './IdentityDetails';
export * from './IdentityPage';
export * from './AzureMlEntityContent';
export * from './JobFilterBar';
export * from './JobStatusIndicator';
export * from './JobsTable';
