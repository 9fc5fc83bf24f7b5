/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A plain git host on the backend's own disk, for the local default: the
 * `publish:local-git` template action (scaffolder module) and read-only HTTP
 * access to its repositories (backend plugin `local-git`), which the catalog
 * reads registered entities from.
 *
 * @packageDocumentation
 */

export { localGitPlugin as default } from './plugin';
export { scaffolderModuleLocalGit } from './scaffolder/module';
export { PUBLISH_LOCAL_GIT_ACTION_ID } from './scaffolder/createPublishLocalGitAction';
