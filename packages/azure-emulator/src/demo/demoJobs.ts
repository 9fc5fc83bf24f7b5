/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource, JobTimeline } from '../state/model';
import { acceptJobProperties } from '../arm/ml/jobBodies';
import { assetReference, jobOutputUri, ML_TYPES } from '../arm/ml/mlIds';
import { CLUSTERS } from './demoComputes';
import { environmentVersionId } from './demoEnvironments';
import { JOB_PLANS, type JobPlan } from './demoJobPlans';
import {
  childId,
  createdByMember,
  MINUTE_MS,
  type DemoWorkspace,
} from './demoWorkspaceContext';
import { generatedJobName, hexFrom, seededRandom } from './seededRandom';

/** A generated job with its timeline and the plan it follows. */
export type DemoJob = {
  job: ArmResource;
  timeline: JobTimeline;
  plan: JobPlan;
};

const DISTRIBUTIONS = [
  { distributionType: 'PyTorch', processCountPerInstance: 1 },
  { distributionType: 'TensorFlow', workerCount: 2, parameterServerCount: 1 },
  { distributionType: 'Mpi', processCountPerInstance: 1 },
];

function trainingInput(demo: DemoWorkspace, plan: JobPlan) {
  const spec = demo.theme.data[plan.data % demo.theme.data.length];
  // Jobs older than four days trained on the previous version of their data.
  const older = plan.startMin < -4 * 24 * 60 && spec.versions > 1;
  const version = String(spec.versions - (older ? 1 : 0));
  return {
    training_data: {
      jobInputType: spec.dataType,
      uri: assetReference(spec.name, version),
      mode: 'ReadOnlyMount',
      description: spec.description,
    },
    learning_rate: {
      jobInputType: 'literal',
      value:
        plan.jobType === 'Sweep' ? '${{search_space.learning_rate}}' : '0.001',
      description: 'Initial learning rate',
    },
  };
}

function outputs(demo: DemoWorkspace, plan: JobPlan, name: string) {
  const model = demo.theme.models[plan.registers?.model ?? 0];
  return {
    model: {
      jobOutputType: model.modelType,
      mode: 'ReadWriteMount',
      uri: jobOutputUri(demo.workspace.id, name, 'model'),
      description: 'The trained model',
    },
    evaluation: {
      jobOutputType: 'uri_file',
      mode: 'ReadWriteMount',
      uri: jobOutputUri(demo.workspace.id, name, 'evaluation/metrics.json'),
      description: 'Metrics on the holdout set',
    },
  };
}

function trial(demo: DemoWorkspace, plan: JobPlan, index: number) {
  return {
    command: demo.theme.trainCommand,
    codeId: childId(
      demo,
      `codes/${hexFrom(
        `${demo.workspace.id}/code/${plan.experiment}`,
        32,
      )}/versions/1`,
    ),
    environmentId: environmentVersionId(
      demo,
      0,
      plan.startMin < -4 * 24 * 60 ? 'first' : 'latest',
    ),
    environmentVariables: { AZUREML_COMPUTE_USE_COMMON_RUNTIME: 'true' },
    distribution: DISTRIBUTIONS[index % DISTRIBUTIONS.length],
    resources: {
      instanceCount: 1,
      instanceType: demo.theme.gpuSize,
      properties: {},
    },
  };
}

function typeProperties(demo: DemoWorkspace, plan: JobPlan, index: number) {
  const gpu = CLUSTERS.gpu;
  switch (plan.jobType) {
    case 'Command':
      return {
        ...trial(demo, plan, index),
        computeId: gpu,
        limits: { jobLimitsType: 'Command', timeout: 'PT4H' },
      };
    case 'Sweep': {
      const {
        command,
        codeId,
        environmentId,
        environmentVariables,
        distribution,
        resources,
      } = trial(demo, plan, index);
      return {
        computeId: gpu,
        objective: demo.theme.objective,
        samplingAlgorithm: { samplingAlgorithmType: 'Random' },
        searchSpace: {
          learning_rate: ['loguniform', [-9.2, -2.3]],
          batch_size: ['choice', [[16, 32, 64]]],
        },
        trial: {
          command,
          codeId,
          environmentId,
          environmentVariables,
          distribution,
          resources,
        },
        limits: {
          jobLimitsType: 'Sweep',
          maxTotalTrials: 20,
          maxConcurrentTrials: 2,
          timeout: 'PT6H',
          trialTimeout: 'PT1H',
        },
        earlyTermination: {
          policyType: 'Bandit',
          slackFactor: 0.1,
          evaluationInterval: 1,
          delayEvaluation: 5,
        },
      };
    }
    default: {
      const cpuId = childId(demo, `computes/${CLUSTERS.cpu}`);
      const step = (component: string, inputs: Record<string, string>) => ({
        type: 'command',
        componentId: `azureml:${component}:1`,
        inputs,
      });
      return {
        computeId: CLUSTERS.cpu,
        jobs: {
          prepare: step('prepare_data', {
            raw: '${{parent.inputs.training_data}}',
          }),
          train: step('train_model', {
            data: '${{parent.jobs.prepare.outputs.prepared}}',
            learning_rate: '${{parent.inputs.learning_rate}}',
          }),
          evaluate: step('evaluate_model', {
            model: '${{parent.jobs.train.outputs.model}}',
          }),
        },
        settings: { default_compute: cpuId, continue_on_step_failure: false },
      };
    }
  }
}

function timelineOf(demo: DemoWorkspace, plan: JobPlan): JobTimeline {
  const startOffsetMs = plan.startMin * MINUTE_MS;
  return {
    startOffsetMs,
    durationMs: plan.durationMin * MINUTE_MS,
    finalStatus: plan.finalStatus,
    ...(plan.pendingStatus ? { pendingStatus: plan.pendingStatus } : {}),
    ...(plan.cancelAfterMin !== undefined
      ? {
          canceledAtMs:
            demo.epochMs + startOffsetMs + plan.cancelAfterMin * MINUTE_MS,
        }
      : {}),
    metrics: demo.theme.metrics,
    ...(plan.loggedSteps ? { loggedSteps: plan.loggedSteps } : {}),
  };
}

function demoJob(
  demo: DemoWorkspace,
  plan: JobPlan,
  index: number,
  name: string,
): DemoJob {
  const experimentName = demo.theme.experiments[plan.experiment];
  const member = index % Math.max(1, demo.spec.members.length);
  const submittedMin = Math.min(plan.startMin - 3, -1 - index);
  const properties = acceptJobProperties(
    demo.state,
    {
      workspace: demo.workspace,
      tenantId: demo.spec.tenantId,
      baseUrl: demo.baseUrl,
    },
    name,
    {
      jobType: plan.jobType,
      displayName: `${experimentName}-${index + 1}`,
      description: `${plan.jobType} job of ${experimentName}`,
      experimentName,
      isArchived: plan.isArchived ?? false,
      tags: {
        team: demo.spec.team,
        ...(plan.registers ? { 'model-candidate': 'true' } : {}),
      },
      properties: {
        'azureml.git.repository_uri': `https://github.com/contoso/${demo.spec.team}-ml`,
        'mlflow.source.git.commit': hexFrom(`${name}/commit`, 40),
      },
      inputs: trainingInput(demo, plan),
      outputs: outputs(demo, plan, name),
      ...typeProperties(demo, plan, index),
    },
  );
  return {
    job: {
      id: childId(demo, `jobs/${name}`),
      name,
      type: ML_TYPES.job,
      properties,
      systemData: createdByMember(demo, member, submittedMin * MINUTE_MS),
    },
    timeline: timelineOf(demo, plan),
    plan,
  };
}

/** The workspace's jobs, one per plan, with names generated as Azure ML does. */
export function demoJobs(demo: DemoWorkspace): DemoJob[] {
  const random = seededRandom(`${demo.workspace.id.toLowerCase()}/jobs`);
  return JOB_PLANS.map((plan, i) =>
    demoJob(demo, plan, i, generatedJobName(random)),
  );
}

/** When a demo job ended, in epoch ms (for things made from its output). */
export function endedAtMs(demo: DemoWorkspace, plan: JobPlan): number {
  return demo.epochMs + (plan.startMin + plan.durationMin) * MINUTE_MS;
}
