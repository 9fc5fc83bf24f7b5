/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource } from '../state/model';
import { MODEL_KIND } from '../arm/ml/modelRoutes';
import { createdBy } from '../arm/ml/systemData';
import { versionedAsset, type DemoVersion } from './demoAssets';
import { endedAtMs, type DemoJob } from './demoJobs';
import { HOUR_MS, type DemoWorkspace } from './demoWorkspaceContext';
import type { ModelSpec } from './mlThemes';

const FLAVOR_VERSIONS: Record<string, Record<string, string>> = {
  pytorch: { pytorch_version: '2.2.0' },
  transformers: { transformers_version: '4.38.2' },
  sklearn: { sklearn_version: '1.4.1', serialization_format: 'cloudpickle' },
};

/** MLflow flavors of a model: pyfunc plus its framework's. */
function flavorsOf(spec: ModelSpec) {
  if (spec.modelType !== 'mlflow_model' || !spec.flavor) return {};
  return {
    python_function: {
      data: {
        loader_module: `mlflow.${spec.flavor}`,
        python_version: '3.10.12',
      },
    },
    [spec.flavor]: { data: FLAVOR_VERSIONS[spec.flavor] ?? {} },
  };
}

/** A model version registered from the model output of the job that made it. */
function versionFrom(
  demo: DemoWorkspace,
  spec: ModelSpec,
  made: DemoJob,
): DemoVersion {
  const submitter = made.job.systemData!;
  return {
    version: String(made.plan.registers!.version),
    properties: {
      description: spec.description,
      tags: {
        team: demo.spec.team,
        experiment: made.job.properties.experimentName,
      },
      properties: { 'azureml.runId': made.job.name },
      flavors: flavorsOf(spec),
      modelType: spec.modelType,
      modelUri: made.job.properties.outputs.model.uri,
      jobName: made.job.name,
    },
    systemData: createdBy(
      { name: submitter.createdBy, type: submitter.createdByType },
      endedAtMs(demo, made.plan) + HOUR_MS,
    ),
  };
}

/**
 * The theme's two models, each version registered from a completed job's
 * model output, oldest version first.
 */
export function demoModels(
  demo: DemoWorkspace,
  jobs: DemoJob[],
): ArmResource[] {
  return demo.theme.models.flatMap((spec, index) => {
    const versions = jobs
      .filter(j => j.plan.registers?.model === index)
      .sort((a, b) => a.plan.registers!.version - b.plan.registers!.version)
      .map(j => versionFrom(demo, spec, j));
    return versionedAsset(
      demo,
      MODEL_KIND,
      spec.name,
      { description: spec.description },
      versions,
    );
  });
}
