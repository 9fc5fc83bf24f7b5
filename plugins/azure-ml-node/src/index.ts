/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Node.js identity core of the Azure Machine Learning plugins for Backstage:
 * cloud endpoints, the `azureMl` configuration, validation of users' Entra
 * tokens and on-behalf-of exchange, Azure errors in Backstage's terms, the
 * client of the audit log, and the project roles (`azureMl.projectRoles`).
 *
 * @packageDocumentation
 */

export * from './clouds';
export * from './config';
export * from './identity';
export * from './serviceIdentity';
export * from './http';
export * from './mlflow';
export * from './metrics';
export * from './cache';
export * from './errors';
export * from './audit';
export * from './permissions';
export * from './projectRoles';
export * from './workspaceAssetsChangedEvent';
