/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { demoIds, userAccessToken } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  CONTOSO,
  PORTAL_ID,
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const WORKSPACE_PATH = demoWorkspace('vision').path;

describe('identity and user tokens', () => {
  const harness = usePluginTestHarness();
  const startBackend = harness.startBackend;
  const portalToken = (user: string) => harness.token(user);

  describe('user token', () => {
    const listAs = async (token?: string) =>
      request(await startBackend())
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));

    it('answers 401 without one', async () => {
      expect(errorOf(await listAs(undefined))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message:
          'Missing Azure access token: sign in with Microsoft and send the token for the portal API',
      });
    });

    it('answers 401 to an expired one', async () => {
      const realNow = harness.emulator.ctx.now;
      harness.emulator.ctx.now = () => realNow() - 2 * 60 * 60 * 1000;
      let token: string;
      try {
        token = await portalToken('bob');
      } finally {
        harness.emulator.ctx.now = realNow;
      }
      const exp = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString(),
      ).exp;
      expect(errorOf(await listAs(token))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message: `Azure access token expired at ${new Date(
          exp * 1000,
        ).toISOString()}; sign in again`,
      });
    });

    it('answers 401 to a forged one', async () => {
      const [header, payload, signature] = (await portalToken('bob')).split(
        '.',
      );
      const flipped = signature[10] === 'A' ? 'B' : 'A';
      const forged = `${header}.${payload}.${signature.slice(
        0,
        10,
      )}${flipped}${signature.slice(11)}`;
      expect(errorOf(await listAs(forged))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message:
          'Azure access token has a bad signature: signature verification failed',
      });
    });

    it('answers 401 to a token for another audience (ARM)', async () => {
      const { token } = await userAccessToken(
        harness.emulator,
        demoIds.user('bob'),
      );
      expect(errorOf(await listAs(token))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message: `Azure access token is for audience 'https://management.azure.com/', not the portal API (expected '${PORTAL_ID}' or 'api://${PORTAL_ID}')`,
      });
    });
  });

  describe('GET /identity', () => {
    it("describes bob's delegated identity without the token", async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      const res = await request(server)
        .get('/api/azure-ml/identity')
        .set(headers(token));
      expect(res.status).toBe(200);
      const exp = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString(),
      ).exp;
      expect(res.body).toEqual({
        tenantId: CONTOSO,
        objectId: demoIds.user('bob'),
        identityMode: 'delegated',
        audience: expect.stringMatching(new RegExp(`^(api://)?${PORTAL_ID}$`)),
        scopes: ['access_as_user'],
        expiresAt: new Date(exp * 1000).toISOString(),
      });
      expect(JSON.stringify(res.body)).not.toContain(token.split('.')[2]);
    });
  });
});
