/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './azureMlAccessDoctorSubPageExtension';
export * from './azureMlAccessMapSubPageExtension';
export * from './azureMlActivityCardExtension';
export * from './azureMlApiExtension';
export * from './azureMlAuditSubPageExtension';
export * from './azureMlEntityContentExtension';
export * from './azureMlHubSubPageExtension';
export * from './azureMlPageExtension';
export * from './azureMlFrontendPlugin';
