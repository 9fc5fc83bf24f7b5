/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { WarningPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { AZURE_ML_EXPERIMENT_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import { getEntityHomeView, getEntityWorkspace } from '../../entity';
import { WorkspaceView } from '../WorkspaceView';

/**
 * The content of the "Azure ML" entity tab: the views of the entity's
 * workspace, opening on the entity's own asset, and on the jobs list
 * (filtered to the entity's experiment when it names one) otherwise.
 *
 * @internal
 */
export function AzureMlEntityContent() {
  const { entity } = useEntity();
  let workspace;
  try {
    workspace = getEntityWorkspace(entity);
  } catch (error) {
    return (
      <WarningPanel
        severity="error"
        title="This entity's ml.azure.com/workspace-id annotation is not a workspace id"
        message={(error as Error).message}
      />
    );
  }
  if (!workspace) {
    return (
      <WarningPanel
        title="No Azure ML workspace"
        message="Add the ml.azure.com/workspace-id annotation, the Azure Resource Manager id of the workspace, to this entity."
      />
    );
  }
  const experiment =
    entity.metadata.annotations?.[AZURE_ML_EXPERIMENT_ANNOTATION] || undefined;
  return (
    <WorkspaceView
      workspace={workspace}
      defaultExperimentName={experiment}
      home={getEntityHomeView(entity)}
    />
  );
}
