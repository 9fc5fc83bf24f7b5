/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Scaffolder module of the Azure Machine Learning plugins for Backstage:
 * template actions that submit jobs, register data assets, models and
 * environments, and federate a managed identity for a repository's CI, each
 * as the user who runs the template.
 *
 * @packageDocumentation
 */

export { scaffolderModuleAzureMl as default } from './module';
export * from './actions';
export type { AzureMlActionServices } from './service/AzureMlActionRuntime';
