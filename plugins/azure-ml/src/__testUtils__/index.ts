/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './endpointFixtures';
export * from './fixtures';
export * from './renderWorkspaceView';
export * from './responseError';
