/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { mapCompute } from './mapCompute';
export { mapDataVersion } from './mapDataVersion';
export { mapDeployment, mapEndpoint } from './mapEndpoint';
export { mapEnvironmentVersion } from './mapEnvironmentVersion';
export { mapJob } from './mapJob';
export { mapModelContainer, mapModelVersion } from './mapModel';
export { mapWorkspace } from './mapWorkspace';
