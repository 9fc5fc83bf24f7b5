/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { jobPhaseOf } from '../arm/ml/jobStatus';
import { ML_TYPES } from '../arm/ml/mlIds';
import type { EmulatorState } from '../state/EmulatorState';
import type { ArmResource } from '../state/model';
import { createDemoState } from './demoEstate';
import { jobPhaseAt } from './jobTimeline';

const EPOCH = Date.parse('2026-03-02T09:00:00Z');
const OPTIONS = { baseUrl: 'https://localhost:7443', epochMs: EPOCH };
const VISION =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

const count = (state: EmulatorState, type: string, scope = '/subscriptions') =>
  state.listByScope(scope, type).length;

/** Resolves `azureml:{name}:{version}` against a workspace's data assets. */
const dataVersionOf = (
  state: EmulatorState,
  workspace: string,
  uri: string,
) => {
  const [, name, version] = uri.split(':');
  return state.getResource(`${workspace}/data/${name}/versions/${version}`);
};

describe('the demo ML estate', () => {
  const state = createDemoState(OPTIONS);
  const workspaces = state.listByScope('/subscriptions', ML_TYPES.workspace);
  const jobs = (workspace: ArmResource) =>
    state.listChildren(workspace.id, ML_TYPES.job);

  it('is the same for the same epoch', () => {
    expect(createDemoState(OPTIONS)).toEqual(state);
    const other = createDemoState({ ...OPTIONS, epochMs: EPOCH + 1000 });
    expect(other.getResource(VISION)?.systemData).not.toEqual(
      state.getResource(VISION)?.systemData,
    );
  });

  it('has the four demo workspaces with their assets', () => {
    expect(workspaces.map(w => w.name)).toEqual([
      'mlw-vision',
      'mlw-nlp',
      'mlw-sandbox',
      'mlw-research',
    ]);
    expect(
      [
        ML_TYPES.compute,
        ML_TYPES.environmentContainer,
        ML_TYPES.environmentVersion,
        ML_TYPES.dataContainer,
        ML_TYPES.dataVersion,
        ML_TYPES.job,
        ML_TYPES.modelContainer,
        ML_TYPES.modelVersion,
        ML_TYPES.onlineEndpoint,
        ML_TYPES.onlineDeployment,
      ].map(type => [
        type.split('/').slice(2).join('/'),
        count(state, type, VISION),
        count(state, type),
      ]),
    ).toEqual([
      // Two clusters, Bob's and Frank's compute instances, the AKS cluster.
      ['computes', 5, 15],
      ['environments', 3, 9],
      ['environments/versions', 5, 17],
      ['data', 4, 13],
      ['data/versions', 8, 27],
      ['jobs', 15, 60],
      ['models', 2, 8],
      ['models/versions', 6, 24],
      ['onlineEndpoints', 2, 6],
      ['onlineEndpoints/deployments', 3, 10],
    ]);
    expect(state.jobTimelines.size).toBe(60);
  });

  it('has jobs in every state at the epoch, the running ones progressing', () => {
    for (const workspace of workspaces) {
      const statuses = jobs(workspace).map(
        j => jobPhaseOf(state, j, EPOCH).status,
      );
      const tally = Object.fromEntries(
        [...new Set(statuses)].map(s => [
          s,
          statuses.filter(x => x === s).length,
        ]),
      );
      expect(tally).toEqual({
        Completed: 6,
        Failed: 2,
        Canceled: 2,
        Running: 2,
        Preparing: 1,
        Queued: 1,
        NotStarted: 1,
      });
      expect(new Set(jobs(workspace).map(j => j.properties.jobType))).toEqual(
        new Set(['Command', 'Sweep', 'Pipeline']),
      );
    }
    const running = jobs(workspaces[0]).filter(
      j => jobPhaseOf(state, j, EPOCH).status === 'Running',
    );
    for (const job of running) {
      const timeline = state.jobTimelines.get(job.id.toLowerCase())!;
      expect(timeline.metrics).toEqual([
        'loss',
        'accuracy',
        'val_loss',
        'val_accuracy',
        'learning_rate',
      ]);
      const now = jobPhaseAt(timeline, EPOCH, EPOCH).progress;
      expect(
        jobPhaseAt(timeline, EPOCH, EPOCH + 60_000).progress,
      ).toBeGreaterThan(now);
    }
  });

  it('has jobs submitted by the members of the owning team', () => {
    const submitters = new Set(
      jobs(workspaces[0]).map(j => j.systemData?.createdBy),
    );
    expect(submitters).toEqual(new Set(['Bob Builder', 'Frank Ops']));
    expect(
      new Set(jobs(workspaces[3]).map(j => j.systemData?.createdBy)),
    ).toEqual(new Set(['Grace Hopper-Lee', 'Bob Builder']));
  });

  it('links jobs to data, models to jobs and deployments to models', () => {
    for (const workspace of workspaces) {
      for (const job of jobs(workspace)) {
        const input = job.properties.inputs.training_data.uri;
        expect(dataVersionOf(state, workspace.id, input)).toBeDefined();
      }
      for (const version of state.listByScope(
        workspace.id,
        ML_TYPES.modelVersion,
      )) {
        const job = state.getResource(
          `${workspace.id}/jobs/${version.properties.jobName}`,
        )!;
        expect(jobPhaseOf(state, job, EPOCH).status).toBe('Completed');
        expect(version.properties.modelUri).toBe(
          job.properties.outputs.model.uri,
        );
        expect(Date.parse(version.systemData!.createdAt)).toBeGreaterThan(
          Date.parse(job.systemData!.createdAt),
        );
      }
      for (const endpoint of state.listChildren(
        workspace.id,
        ML_TYPES.onlineEndpoint,
      )) {
        const deployments = state.listChildren(
          endpoint.id,
          ML_TYPES.onlineDeployment,
        );
        expect(Object.keys(endpoint.properties.traffic)).toEqual(
          deployments.map(d => d.name),
        );
        expect(
          Object.values<number>(endpoint.properties.traffic).reduce(
            (a, b) => a + b,
          ),
        ).toBe(100);
        for (const deployment of deployments) {
          expect(state.getResource(deployment.properties.model)?.type).toBe(
            ML_TYPES.modelVersion,
          );
        }
      }
    }
    expect(
      state.getResource(`${VISION}/onlineEndpoints/defect-classifier`)
        ?.properties.traffic,
    ).toEqual({ blue: 90, green: 10 });
  });
});
