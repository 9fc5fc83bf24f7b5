/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Permission policy module of the Azure Machine Learning plugins for
 * Backstage: project roles (viewer, developer, maintainer) assigned to
 * catalog groups, with actions on a workspace or endpoint allowed only to the
 * groups that own it.
 *
 * @packageDocumentation
 */

export { permissionModuleAzureMlProjectRoles as default } from './module';
export * from './config';
export * from './policy';
