/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './entityName';
export * from './ownerRef';
export * from './mapWorkspaceSnapshot';
export type { WorkspaceContext } from './WorkspaceContext';
export type { WorkspaceSnapshot } from './WorkspaceSnapshot';
