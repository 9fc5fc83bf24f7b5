/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  ComputeResource,
  DataContainer,
  DataVersionBase,
  EnvironmentContainer,
  ModelContainer,
  ModelVersion,
  OnlineDeployment,
  OnlineEndpoint,
  Workspace,
} from '@azure/arm-machinelearning';

/**
 * Everything one run read from one workspace, complete (every page).
 *
 * @internal
 */
export type WorkspaceSnapshot = {
  workspace: Workspace;
  models: { container: ModelContainer; versions: ModelVersion[] }[];
  endpoints: { endpoint: OnlineEndpoint; deployments: OnlineDeployment[] }[];
  data: { container: DataContainer; latest?: DataVersionBase }[];
  environments: EnvironmentContainer[];
  computes: ComputeResource[];
  /** Names of the data assets each job (by name) that produced a model version read. */
  jobDataInputs: Map<string, string[]>;
};
