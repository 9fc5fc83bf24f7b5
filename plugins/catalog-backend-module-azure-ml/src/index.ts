/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Catalog module of the Azure Machine Learning plugins for Backstage: ingests
 * workspaces, models, online endpoints, data assets, environments and
 * computes with the portal's service identity.
 *
 * @packageDocumentation
 */

export { catalogModuleAzureMl as default } from './module';
export * from './audit';
export * from './config';
export * from './constants';
export * from './provider';
