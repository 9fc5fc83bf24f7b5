/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Permission policy module of the Azure Machine Learning plugins for
 * Backstage: project roles (viewer, developer, maintainer) assigned to
 * catalog groups, with actions on a workspace or endpoint allowed only to the
 * groups that own it, or everywhere for groups such as a platform team, and
 * an optional default role for every signed-in user. The config is read by
 * `readAzureMlProjectRoles` of `@azure-ml-backstage/plugin-azure-ml-node`.
 *
 * @packageDocumentation
 */

export { permissionModuleAzureMlProjectRoles as default } from './module';
export * from './policy';
