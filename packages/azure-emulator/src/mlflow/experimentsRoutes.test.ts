/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { experimentIdOf } from './trackingWorkspace';
import {
  TRACKING_WORKSPACE_ID,
  callTracking,
  startTrackingEmulator,
  trackingBaseUrl,
} from './testing/trackingFixture';

const MINUTE = 60_000;

describe('MLflow experiments', () => {
  let emulator: RunningEmulator;
  let epoch: number;
  const fraudId = experimentIdOf(TRACKING_WORKSPACE_ID, 'fraud-detection');
  const churnId = experimentIdOf(TRACKING_WORKSPACE_ID, 'churn');

  beforeAll(async () => {
    emulator = await startTrackingEmulator({ stopClock: true });
    epoch = emulator.ctx.state.epochMs;
  });
  afterAll(() => emulator.stop());

  const fraud = () => ({
    experiment_id: fraudId,
    name: 'fraud-detection',
    artifact_location: `${trackingBaseUrl(emulator)
      .replace('https://', 'azureml://')
      .replace('/api/2.0/mlflow', '')}/experiments/${fraudId}/artifacts`,
    lifecycle_stage: 'active',
    creation_time: epoch - 185 * MINUTE,
    last_update_time: epoch - 30 * MINUTE,
    tags: [],
  });

  it('lists the experiments of the workspace jobs, most recently updated first', async () => {
    const { status, body } = await callTracking(
      emulator,
      'bob',
      'experiments/search',
      { max_results: 10 },
    );
    expect(status).toBe(200);
    expect(body.experiments.map((e: any) => e.name)).toEqual([
      'churn',
      'fraud-detection',
    ]);
    expect(body.experiments[1]).toEqual(fraud());
    expect(body.experiments[0].experiment_id).toBe(churnId);
    expect(body.next_page_token).toBeUndefined();
  });

  it('pages with max_results and page_token, over GET as well as POST', async () => {
    const first = await callTracking(
      emulator,
      'bob',
      'experiments/search?max_results=1&order_by=name%20ASC',
    );
    expect(first.body.experiments.map((e: any) => e.name)).toEqual(['churn']);
    expect(first.body.next_page_token).toBe(
      Buffer.from('{"offset":1}').toString('base64'),
    );
    const second = await callTracking(emulator, 'bob', 'experiments/search', {
      max_results: 1,
      order_by: ['name ASC'],
      page_token: first.body.next_page_token,
    });
    expect(second.body).toEqual({ experiments: [fraud()] });
  });

  it('filters by name with = and LIKE', async () => {
    const exact = await callTracking(emulator, 'bob', 'experiments/search', {
      filter: "name = 'churn'",
    });
    expect(exact.body.experiments.map((e: any) => e.name)).toEqual(['churn']);
    const like = await callTracking(emulator, 'bob', 'experiments/search', {
      filter: "attributes.name LIKE 'fraud%'",
    });
    expect(like.body.experiments.map((e: any) => e.name)).toEqual([
      'fraud-detection',
    ]);
    const none = await callTracking(emulator, 'bob', 'experiments/search', {
      filter: "name ILIKE 'CHURN' AND tags.owner = 'x'",
    });
    expect(none.body).toEqual({ experiments: [] });
  });

  it('gets an experiment by id and by name', async () => {
    const byId = await callTracking(
      emulator,
      'bob',
      `experiments/get?experiment_id=${fraudId}`,
    );
    expect(byId).toEqual({ status: 200, body: { experiment: fraud() } });
    const byName = await callTracking(
      emulator,
      'bob',
      'experiments/get-by-name?experiment_name=fraud-detection',
    );
    expect(byName).toEqual({ status: 200, body: { experiment: fraud() } });
  });

  it('answers unknown experiments with RESOURCE_DOES_NOT_EXIST', async () => {
    expect(
      await callTracking(emulator, 'bob', 'experiments/get?experiment_id=42'),
    ).toEqual({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: 'No Experiment with id=42 exists',
      },
    });
    expect(
      await callTracking(
        emulator,
        'bob',
        'experiments/get-by-name?experiment_name=nope',
      ),
    ).toEqual({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: "Could not find experiment with name 'nope'",
      },
    });
  });

  it('refuses bad parameters with INVALID_PARAMETER_VALUE', async () => {
    expect(await callTracking(emulator, 'bob', 'experiments/get')).toEqual({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message:
          "Missing value for required parameter 'experiment_id'. See the API docs for more information about request parameters.",
      },
    });
    expect(
      await callTracking(emulator, 'bob', 'experiments/search', {
        max_results: 0,
      }),
    ).toEqual({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message:
          "Invalid value 0 for parameter 'max_results' supplied: it must be an integer from 1 to 50000.",
      },
    });
    expect(
      await callTracking(emulator, 'bob', 'experiments/search', {
        filter: 'metrics.loss < 1',
      }),
    ).toEqual({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message:
          "Invalid entity type 'metrics' in a search of experiments. Valid values are 'attributes', 'tags'.",
      },
    });
    expect(
      await callTracking(emulator, 'bob', 'experiments/search', {
        page_token: 'not-a-token',
      }),
    ).toEqual({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message: "Invalid page token 'not-a-token': it could not be decoded.",
      },
    });
  });
});
