/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Types, permissions, annotation keys and Azure Resource Manager id handling
 * shared by the Azure Machine Learning plugins for Backstage.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './InvalidResourceIdError';
export * from './resourceIds';
export * from './resourceRefSchemas';
export {
  findNameProblem,
  resourceNameRules,
  type ResourceNameRule,
} from './resourceNameRules';
export * from './permissions';
export * from './types';
export * from './isTerminalJobStatus';
export * from './studioPageUrl';
export * from './portalFeatures';
export * from './accessMap';
export * from './accessDoctor';
export * from './audit';
export * from './auditAzureActions';
export * from './leastPrivilege';
export * from './scaffolderSecrets';
