/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './AzureMlWorkspacePicker';
export * from './AzureMlComputePicker';
export * from './AzureMlEnvironmentPicker';
export * from './AzureMlDataAssetPicker';
export * from './AzureMlEndpointPicker';
export * from './AzureMlModelVersionPicker';
