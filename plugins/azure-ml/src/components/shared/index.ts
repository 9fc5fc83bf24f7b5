/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './AssetUri';
export * from './BackLink';
export * from './EmptyTableMessage';
export * from './LoadMoreButton';
export * from './PagedTable';
export * from './RefreshFailedWarning';
export * from './StudioLink';
export * from './TagChips';
export * from './formatTimestamp';
export * from './TextFilter';
export * from './WorkspaceIdSelect';
export * from './readWorkspaceFromAddress';
