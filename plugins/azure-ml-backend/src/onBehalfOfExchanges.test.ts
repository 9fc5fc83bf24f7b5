/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  demoWorkspace,
  userHeaders as headers,
  usePluginTestHarness,
} from './__testUtils__/pluginTestHarness';

const OBO_ARM =
  'urn:ietf:params:oauth:grant-type:jwt-bearer https://management.azure.com/.default';
const VISION = demoWorkspace('vision');

/** Runs `tasks` with at most `limit` in flight. */
async function withConcurrency<T>(
  limit: number,
  tasks: (() => Promise<T>)[],
): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

describe('on-behalf-of exchanges, counted at the emulator', () => {
  const harness = usePluginTestHarness();
  const exchanges = () => harness.emulator.ctx.tokenGrants.get(OBO_ARM) ?? 0;

  /** Copies of bob (data scientists on rg-vision through team-vision). */
  function addDataScientists(count: number): string[] {
    const state = harness.emulator.ctx.state;
    const bob = state.users.get(demoIds.user('bob'))!;
    const team = [...state.groups.values()].find(
      g => g.displayName === 'team-vision',
    )!;
    return Array.from({ length: count }, (_, i) => {
      const objectId = `22222222-0000-4000-8000-00000000090${i}`;
      const alias = `scientist${i}`;
      state.users.set(objectId, {
        ...bob,
        objectId,
        userPrincipalName: `${alias}@contoso.onmicrosoft.com`,
        mail: `${alias}@contoso.onmicrosoft.com`,
        displayName: `Scientist ${i}`,
      });
      team.members.push(objectId);
      return objectId;
    });
  }

  it('1,000 calls by 10 users cause 10 exchanges for the ARM scope', async () => {
    const users = addDataScientists(10);
    const server = await harness.startBackend();
    const tokens = await Promise.all(users.map(id => harness.tokenOf(id)));
    const statuses = await withConcurrency(
      10,
      Array.from(
        { length: 1000 },
        (_, i) => () =>
          request(server)
            .get(`${VISION.path}/jobs`)
            .set(headers(tokens[i % tokens.length]))
            .then(
              res => (res.status === 200 ? 200 : `${res.status} ${res.text}`),
              (error: Error & { code?: string }) =>
                `no answer: ${error.code ?? ''} ${error.message}`,
            ),
      ),
    );
    expect(statuses.filter(s => s !== 200)).toEqual([]);
    expect(exchanges()).toBe(10);
  }, 300_000);

  it('50 concurrent first requests by one user cause one exchange', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const statuses = await Promise.all(
      Array.from({ length: 50 }, () =>
        request(server)
          .get(`${VISION.path}/jobs`)
          .set(headers(token))
          .then(res => res.status),
      ),
    );
    expect(statuses.filter(s => s !== 200)).toEqual([]);
    expect(exchanges()).toBe(1);
  });
});
