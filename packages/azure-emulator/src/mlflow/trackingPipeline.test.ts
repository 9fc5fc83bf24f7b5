/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { userAccessToken } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';
import {
  ARM_AUDIENCE,
  GRAPH_AUDIENCE,
  ML_AUDIENCE,
} from '../entra/firstPartyApis';
import {
  TRACKING_WORKSPACE,
  TRACKING_WORKSPACE_ID,
  callTracking,
  startTrackingEmulator,
  trackingBaseUrl,
} from './testing/trackingFixture';

describe('the MLflow tracking server', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startTrackingEmulator();
  });
  afterAll(() => emulator.stop());

  const withToken = async (
    token: string | undefined,
    path = 'experiments/search',
  ) => {
    const response = await fetch(`${trackingBaseUrl(emulator)}/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: await response.json() };
  };
  const tokenFor = async (user: string, audience: string) =>
    (await userAccessToken(emulator, demoIds.user(user), audience)).token;

  it('accepts tokens for ARM and for Azure ML from the workspace tenant', async () => {
    expect((await withToken(await tokenFor('bob', ARM_AUDIENCE))).status).toBe(
      200,
    );
    expect((await withToken(await tokenFor('bob', ML_AUDIENCE))).status).toBe(
      200,
    );
    expect((await withToken(await tokenFor('dave', ARM_AUDIENCE))).status).toBe(
      200,
    );
  });

  it('answers a missing or wrong-audience token with UNAUTHENTICATED', async () => {
    expect(await withToken(undefined)).toEqual({
      status: 401,
      body: {
        error_code: 'UNAUTHENTICATED',
        message:
          'The request has no bearer token. Send a token for https://management.azure.com/ or https://ml.azure.com.',
      },
    });
    expect(await withToken(await tokenFor('bob', GRAPH_AUDIENCE))).toEqual({
      status: 401,
      body: {
        error_code: 'UNAUTHENTICATED',
        message:
          "The access token is for 'https://graph.microsoft.com'; the tracking server accepts tokens for https://management.azure.com/ or https://ml.azure.com.",
      },
    });
    expect((await withToken('not.a.jwt')).body.error_code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('answers a token of another tenant with UNAUTHENTICATED', async () => {
    expect(await withToken(await tokenFor('grace', ARM_AUDIENCE))).toEqual({
      status: 401,
      body: {
        error_code: 'UNAUTHENTICATED',
        message: `The access token is from tenant '${demoIds.tenant(
          'fabrikam',
        )}', but the workspace belongs to tenant '${demoIds.tenant(
          'contoso',
        )}'.`,
      },
    });
  });

  it('answers a caller without a role on the workspace with PERMISSION_DENIED', async () => {
    const erin = demoIds.user('erin');
    expect(
      await callTracking(emulator, 'erin', 'experiments/search', {}),
    ).toEqual({
      status: 403,
      body: {
        error_code: 'PERMISSION_DENIED',
        message: `The principal 'erin@contoso.onmicrosoft.com' with object id '${erin}' does not have permission to perform 'Microsoft.MachineLearningServices/workspaces/experiments/read' on workspace '${TRACKING_WORKSPACE_ID}'.`,
      },
    });
    const runs = await callTracking(
      emulator,
      'erin',
      'runs/get?run_id=job-finished',
    );
    expect(runs.status).toBe(403);
    expect(runs.body.message).toContain(
      "'Microsoft.MachineLearningServices/workspaces/experiments/runs/read'",
    );
  });

  it('answers unknown workspaces, subscriptions and endpoints with 404', async () => {
    const missingWorkspace = TRACKING_WORKSPACE_ID.replace(
      TRACKING_WORKSPACE.name,
      'mlw-missing',
    );
    expect(
      await callTracking(
        emulator,
        'alice',
        'experiments/search',
        {},
        missingWorkspace,
      ),
    ).toEqual({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message:
          "Workspace 'mlw-missing' does not exist in resource group 'rg-vision'.",
      },
    });
    const otherSubscription = TRACKING_WORKSPACE_ID.replace(
      TRACKING_WORKSPACE.subscriptionId,
      '55555555-0000-4000-8000-00000000ffff',
    );
    expect(
      (
        await callTracking(
          emulator,
          'alice',
          'experiments/search',
          {},
          otherSubscription,
        )
      ).body,
    ).toEqual({
      error_code: 'RESOURCE_DOES_NOT_EXIST',
      message:
        "Subscription '55555555-0000-4000-8000-00000000ffff' does not exist.",
    });
    const unknown = await callTracking(emulator, 'bob', 'runs/delete', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error_code).toBe('ENDPOINT_NOT_FOUND');
  });

  it('answers injected server faults with INTERNAL_ERROR', async () => {
    emulator.ctx.faults.serverErrorRate = 1;
    try {
      const { status, body } = await callTracking(
        emulator,
        'bob',
        'experiments/search',
        {},
      );
      expect(status).toBe(500);
      expect(body.error_code).toBe('INTERNAL_ERROR');
    } finally {
      emulator.ctx.faults.serverErrorRate = 0;
    }
  });

  it('answers injected throttling with 429 REQUEST_LIMIT_EXCEEDED and Retry-After', async () => {
    Object.assign(emulator.ctx.faults, {
      throttleRate: 1,
      throttleRetryAfterSeconds: 120,
    });
    try {
      const { token } = await userAccessToken(
        emulator,
        demoIds.user('bob'),
        ML_AUDIENCE,
      );
      const response = await fetch(
        `${trackingBaseUrl(emulator)}/experiments/search`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
          body: '{}',
        },
      );
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('120');
      expect(await response.json()).toEqual({
        error_code: 'REQUEST_LIMIT_EXCEEDED',
        message: `Too many requests to the tracking server of workspace '${TRACKING_WORKSPACE.name}'. Please try again after 120 seconds (injected by the emulator).`,
      });
    } finally {
      Object.assign(emulator.ctx.faults, {
        throttleRate: 0,
        throttleRetryAfterSeconds: 1,
      });
    }
  });
});
