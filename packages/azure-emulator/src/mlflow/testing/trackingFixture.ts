/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../../index';
import type { ArmResource, JobTimeline } from '../../state/model';
import { demoIds } from '../../testing/demoIds';
import { startTestEmulator } from '../../testing/startTestEmulator';
import { userAccessToken } from '../../testing/testTokens';
import { ML_AUDIENCE } from '../../entra/firstPartyApis';
import { WORKSPACE_TYPE } from '../trackingPipeline';
import { JOB_TYPE } from '../trackingWorkspace';

const MINUTE = 60_000;

/** A workspace of its own in rg-vision, so demo jobs never mix in. */
export const TRACKING_WORKSPACE = {
  subscriptionId: demoIds.subscription('contoso-ml-prod'),
  resourceGroup: 'rg-vision',
  name: 'mlw-tracking-test',
};
export const TRACKING_WORKSPACE_ID = `/subscriptions/${TRACKING_WORKSPACE.subscriptionId}/resourceGroups/${TRACKING_WORKSPACE.resourceGroup}/providers/${WORKSPACE_TYPE}/${TRACKING_WORKSPACE.name}`;

/** One fixture job: its experiment, and how it runs relative to the epoch. */
type FixtureJob = {
  name: string;
  experimentName: string;
  displayName: string;
  timeline: JobTimeline;
};

/**
 * The fixture's jobs at the epoch: one finished, one running (30 of its 120
 * minutes done), one failed, one canceled and one still queued.
 */
export const FIXTURE_JOBS: FixtureJob[] = [
  {
    name: 'job-finished',
    experimentName: 'fraud-detection',
    displayName: 'lively_bear_1',
    timeline: {
      startOffsetMs: -180 * MINUTE,
      durationMs: 60 * MINUTE,
      finalStatus: 'Completed',
      metrics: ['loss', 'accuracy', 'learning_rate'],
    },
  },
  {
    name: 'job-running',
    experimentName: 'fraud-detection',
    displayName: 'eager_fox_2',
    timeline: {
      startOffsetMs: -30 * MINUTE,
      durationMs: 120 * MINUTE,
      finalStatus: 'Completed',
      metrics: ['loss', 'accuracy'],
    },
  },
  {
    name: 'job-failed',
    experimentName: 'churn',
    displayName: 'brave_owl_3',
    timeline: {
      startOffsetMs: -120 * MINUTE,
      durationMs: 40 * MINUTE,
      finalStatus: 'Failed',
      metrics: ['loss'],
    },
  },
  {
    name: 'job-canceled',
    experimentName: 'churn',
    displayName: 'calm_yak_4',
    timeline: {
      startOffsetMs: -90 * MINUTE,
      durationMs: 120 * MINUTE,
      finalStatus: 'Completed',
      metrics: ['loss'],
    },
  },
  {
    name: 'job-queued',
    experimentName: 'churn',
    displayName: 'quiet_elk_5',
    timeline: {
      startOffsetMs: 60 * MINUTE,
      durationMs: 30 * MINUTE,
      finalStatus: 'Completed',
      pendingStatus: 'Queued',
      metrics: ['loss'],
    },
  },
];

function jobResource(
  job: FixtureJob,
  epochMs: number,
  index: number,
): ArmResource {
  // Submitted five minutes before it started, or before the epoch if queued.
  const createdAt = new Date(
    epochMs + Math.min(job.timeline.startOffsetMs, 0) - 5 * MINUTE,
  ).toISOString();
  return {
    id: `${TRACKING_WORKSPACE_ID}/jobs/${job.name}`,
    name: job.name,
    type: JOB_TYPE,
    properties: {
      jobType: 'Command',
      experimentName: job.experimentName,
      displayName: job.displayName,
      status: 'NotStarted',
      inputs: {
        learning_rate: { jobInputType: 'literal', value: '0.001' },
        epochs: { jobInputType: 'literal', value: String(10 + index) },
        training_data: {
          jobInputType: 'uri_folder',
          uri: 'azureml:fraud-train:1',
        },
      },
      parameters: { optimizer: 'adam' },
      tags: { team: index < 2 ? 'fraud' : 'retention' },
    },
    systemData: {
      createdAt,
      createdBy: 'Bob Builder',
      createdByType: 'User',
      lastModifiedAt: createdAt,
      lastModifiedBy: 'Bob Builder',
      lastModifiedByType: 'User',
    },
  };
}

/**
 * Puts the fixture workspace and its jobs into the emulator's state. The
 * canceled job is canceled 40 minutes after it started.
 */
export function seedTrackingWorkspace(emulator: RunningEmulator): void {
  const { state } = emulator.ctx;
  state.putResource({
    id: TRACKING_WORKSPACE_ID,
    name: TRACKING_WORKSPACE.name,
    type: WORKSPACE_TYPE,
    location: 'westeurope',
    properties: { friendlyName: 'Tracking tests' },
  });
  FIXTURE_JOBS.forEach((job, index) => {
    const resource = state.putResource(jobResource(job, state.epochMs, index));
    const timeline = { ...job.timeline };
    if (job.name === 'job-canceled') {
      timeline.canceledAtMs =
        state.epochMs + job.timeline.startOffsetMs + 40 * MINUTE;
    }
    state.jobTimelines.set(resource.id.toLowerCase(), timeline);
  });
}

/**
 * Starts an emulator with the fixture workspace seeded; with `stopClock`
 * its clock stays at the epoch the fixture's timelines count from.
 */
export async function startTrackingEmulator(
  options: { stopClock?: boolean } = {},
): Promise<RunningEmulator> {
  const emulator = await startTestEmulator();
  if (options.stopClock) {
    const epoch = emulator.ctx.state.epochMs;
    emulator.ctx.now = () => epoch;
  }
  seedTrackingWorkspace(emulator);
  return emulator;
}

/** The tracking server's base URL for the fixture workspace. */
export function trackingBaseUrl(
  emulator: RunningEmulator,
  workspaceId = TRACKING_WORKSPACE_ID,
): string {
  return `${emulator.urls.https}/mlflow/v1.0${workspaceId}/api/2.0/mlflow`;
}

/** Calls the tracking server as a demo user, with a token for Azure ML. */
export async function callTracking(
  emulator: RunningEmulator,
  user: string,
  path: string,
  body?: unknown,
  workspaceId?: string,
): Promise<{ status: number; body: any }> {
  const { token } = await userAccessToken(
    emulator,
    demoIds.user(user),
    ML_AUDIENCE,
  );
  const response = await fetch(
    `${trackingBaseUrl(emulator, workspaceId)}/${path}`,
    {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
  );
  return { status: response.status, body: await response.json() };
}
