/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { userAccessToken } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';

describe('the activity log', () => {
  let emulator: RunningEmulator;
  const subscriptionId = demoIds.subscription('contoso-ml-prod');
  const identity = demoIds.managedIdentity('vision-ci-mi');
  const credentialUrl = (name: string) =>
    `/subscriptions/${subscriptionId}/resourceGroups/${identity.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${identity.name}/federatedIdentityCredentials/${name}?api-version=2024-11-30`;

  async function call(
    user: string,
    method: string,
    path: string,
    body?: unknown,
  ) {
    const { token } = await userAccessToken(emulator, demoIds.user(user));
    return fetch(`${emulator.urls.https}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-ms-client-request-id': `req-${user}`,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  const windowFilter = () => {
    const now = emulator.ctx.now();
    return `eventTimestamp ge '${new Date(
      now - 3600_000,
    ).toISOString()}' and eventTimestamp le '${new Date(
      now + 3600_000,
    ).toISOString()}'`;
  };
  const events = async (user: string, filter: string) => {
    const response = await call(
      user,
      'GET',
      `/subscriptions/${subscriptionId}/providers/Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01&$filter=${encodeURIComponent(
        filter,
      )}`,
    );
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it('records writes and denied attempts, joined by correlation id, readable by a reader', async () => {
    const body = {
      properties: {
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 'repo:c/r:ref:refs/heads/main',
        audiences: ['api://AzureADTokenExchange'],
      },
    };
    const allowed = await call('alice', 'PUT', credentialUrl('ci-main'), body);
    expect(allowed.status).toBe(201);
    const denied = await call('bob', 'PUT', credentialUrl('ci-other'), body);
    expect(denied.status).toBe(403);
    // Reads are not recorded.
    await call('alice', 'GET', credentialUrl('ci-main'));

    const { status, body: log } = await events('dave', windowFilter());
    expect(status).toBe(200);
    const summary = log.value.map((e: any) => [
      e.caller,
      e.status.value,
      e.subStatus.value,
      e.httpRequest.clientRequestId,
    ]);
    expect(summary).toEqual([
      ['alice@contoso.onmicrosoft.com', 'Started', '', 'req-alice'],
      ['alice@contoso.onmicrosoft.com', 'Succeeded', 'Created', 'req-alice'],
      ['bob@contoso.onmicrosoft.com', 'Started', '', 'req-bob'],
      ['bob@contoso.onmicrosoft.com', 'Failed', 'Forbidden', 'req-bob'],
    ]);
    expect(log.value[1]).toMatchObject({
      correlationId: allowed.headers.get('x-ms-correlation-request-id'),
      operationName: {
        value:
          'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write',
      },
      resourceGroupName: identity.resourceGroup,
      resourceType: {
        value:
          'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
      },
      category: { value: 'Administrative' },
      level: 'Informational',
    });
    expect(log.value[3].level).toBe('Error');

    const byCaller = await events(
      'dave',
      `${windowFilter()} and caller eq 'bob@contoso.onmicrosoft.com'`,
    );
    expect(byCaller.body.value).toHaveLength(2);
  });

  it('requires a bounded time window, as Azure Monitor does', async () => {
    const missing = await events('dave', "resourceGroupName eq 'rg-vision'");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe(
      'The $filter must contain both "eventTimestamp ge \'<start>\'" and "eventTimestamp le \'<end>\'".',
    );
    const tooLong = await events(
      'dave',
      "eventTimestamp ge '2026-01-01T00:00:00Z' and eventTimestamp le '2026-06-01T00:00:00Z'",
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toBe(
      'The time range of the query can not exceed 90 days.',
    );
  });

  it('refuses a principal with no role in the subscription', async () => {
    const { status, body } = await events('erin', windowFilter());
    expect(status).toBe(403);
    expect(body.error.code).toBe('AuthorizationFailed');
  });
});
