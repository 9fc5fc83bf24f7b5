/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClientAssertionCredential } from '@azure/identity';
import {
  SignJWT,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  type KeyLike,
} from 'jose';
import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import { TOKEN_EXCHANGE_AUDIENCE, WORKLOAD_IDENTITY_PATH } from './entraUrls';
import { FEDERATED_IDENTITY_CREDENTIAL_TYPE } from './clientAuthentication';
import { workloadToken } from './testing/workloadTokens';
import {
  CONTOSO,
  FABRIKAM,
  PORTAL_APP_ID,
  PORTAL_WORKLOAD_SUBJECT,
  VISION_MI_CLIENT_ID,
  VISION_MI_PRINCIPAL_ID,
  VISION_MI_RESOURCE_ID,
} from './testing/demoDirectory';

const ARM_SCOPE = 'https://management.azure.com/.default';

/** A stand-in for GitHub Actions' issuer: its own key, discovery over http. */
async function startExternalIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'gha', alg: 'RS256' };
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer: base, jwks_uri: `${base}/keys` }));
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (subject: string, key: KeyLike = privateKey) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'gha' })
      .setIssuer(issuer)
      .setSubject(subject)
      .setAudience(TOKEN_EXCHANGE_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  return { issuer, sign, close: () => server.close() };
}

describe('client credentials with a federated client assertion', () => {
  let emulator: RunningEmulator;
  let external: Awaited<ReturnType<typeof startExternalIssuer>>;
  beforeAll(async () => {
    [emulator, external] = await Promise.all([
      startTestEmulator(),
      startExternalIssuer(),
    ]);
  });
  afterAll(async () => {
    external.close();
    await emulator.stop();
  });
  afterEach(() => emulator.reset());

  const credential = (
    tenantId: string,
    clientId: string,
    assertion: () => Promise<string>,
  ) =>
    new ClientAssertionCredential(tenantId, clientId, assertion, {
      authorityHost: emulator.urls.https,
      disableInstanceDiscovery: true,
    });

  it("accepts the portal's Kubernetes service account token", async () => {
    const { token } = await credential(CONTOSO, PORTAL_APP_ID, () =>
      workloadToken(emulator, PORTAL_WORKLOAD_SUBJECT),
    ).getToken(ARM_SCOPE);
    expect(decodeJwt(token)).toMatchObject({
      appid: PORTAL_APP_ID,
      appidacr: '2',
      idtyp: 'app',
      tid: CONTOSO,
      oid: '44444444-2222-4000-8000-000000000001',
    });
  });

  it('refuses an assertion no federated credential matches with AADSTS70021', async () => {
    const error = await credential(CONTOSO, PORTAL_APP_ID, () =>
      workloadToken(emulator, 'system:serviceaccount:default:intruder'),
    )
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      `AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: '${emulator.urls.https}${WORKLOAD_IDENTITY_PATH}'. Assertion Subject: 'system:serviceaccount:default:intruder'. Assertion Audience: 'api://AzureADTokenExchange'.`,
    );
    expect(error.cause).toMatchObject({ errorNo: 70021, status: 400 });
  });

  it('refuses a workload token with the wrong audience with AADSTS70021', async () => {
    const error = await credential(CONTOSO, PORTAL_APP_ID, () =>
      workloadToken(emulator, PORTAL_WORKLOAD_SUBJECT, 'api://SomethingElse'),
    )
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      "Assertion Audience: 'api://SomethingElse'.",
    );
  });

  it('gives a user-assigned identity a token through its ARM federated credential', async () => {
    emulator.ctx.state.putResource({
      id: `${VISION_MI_RESOURCE_ID}/federatedIdentityCredentials/github-main`,
      name: 'github-main',
      type: FEDERATED_IDENTITY_CREDENTIAL_TYPE,
      properties: {
        issuer: external.issuer,
        subject: 'repo:contoso/vision:ref:refs/heads/main',
        audiences: [TOKEN_EXCHANGE_AUDIENCE],
      },
    });
    const { token } = await credential(CONTOSO, VISION_MI_CLIENT_ID, () =>
      external.sign('repo:contoso/vision:ref:refs/heads/main'),
    ).getToken(ARM_SCOPE);
    expect(decodeJwt(token)).toMatchObject({
      aud: 'https://management.azure.com',
      appid: VISION_MI_CLIENT_ID,
      oid: VISION_MI_PRINCIPAL_ID,
      idtyp: 'app',
      tid: CONTOSO,
      xms_mirid: VISION_MI_RESOURCE_ID,
    });
  });

  it('refuses an assertion signed with a key the issuer does not publish (AADSTS700027)', async () => {
    emulator.ctx.state.putResource({
      id: `${VISION_MI_RESOURCE_ID}/federatedIdentityCredentials/github-main`,
      name: 'github-main',
      type: FEDERATED_IDENTITY_CREDENTIAL_TYPE,
      properties: {
        issuer: external.issuer,
        subject: 'repo:contoso/vision:ref:refs/heads/main',
        audiences: [TOKEN_EXCHANGE_AUDIENCE],
      },
    });
    const { privateKey: forged } = await generateKeyPair('RS256');
    const error = await credential(CONTOSO, VISION_MI_CLIENT_ID, () =>
      external.sign('repo:contoso/vision:ref:refs/heads/main', forged),
    )
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      'AADSTS700027: Client assertion failed signature validation.',
    );
    expect(error.cause).toMatchObject({
      errorCode: 'invalid_client',
      status: 401,
    });
  });

  it('refuses a managed identity without a federated credential, and in another tenant', async () => {
    const noCredential = await credential(CONTOSO, VISION_MI_CLIENT_ID, () =>
      external.sign('repo:contoso/vision:ref:refs/heads/main'),
    )
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(noCredential.message).toContain('AADSTS70021');

    const otherTenant = await credential(FABRIKAM, VISION_MI_CLIENT_ID, () =>
      external.sign('repo:contoso/vision:ref:refs/heads/main'),
    )
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(otherTenant.message).toContain(
      `AADSTS700016: Application with identifier '${VISION_MI_CLIENT_ID}' was not found in the directory 'Fabrikam Research'.`,
    );
  });
});

describe('the workload identity issuer', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it('publishes discovery and keys and mints tokens for a subject', async () => {
    const issuer = `${emulator.urls.https}${WORKLOAD_IDENTITY_PATH}`;
    const configuration = await (
      await fetch(`${issuer}/.well-known/openid-configuration`)
    ).json();
    expect(configuration).toMatchObject({
      issuer,
      jwks_uri: `${issuer}/openid/v1/jwks`,
    });
    const keys = await (await fetch(configuration.jwks_uri)).json();
    expect(keys).toEqual(await emulator.ctx.issuer.jwks());

    const token = await workloadToken(
      emulator,
      'repo:contoso/portal:environment:prod',
    );
    expect(decodeJwt(token)).toMatchObject({
      iss: issuer,
      sub: 'repo:contoso/portal:environment:prod',
      aud: TOKEN_EXCHANGE_AUDIENCE,
    });
  });

  it('needs a subject and refuses the audience of an Entra API', async () => {
    const post = (body: object) =>
      fetch(`${emulator.urls.https}${WORKLOAD_IDENTITY_PATH}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const noSubject = await post({});
    expect(noSubject.status).toBe(400);
    expect(await noSubject.json()).toEqual({
      error: 'invalid_request',
      error_description: "'subject' (a string) is required.",
    });
    const armAudience = await post({
      subject: 'x',
      audience: 'https://management.azure.com/',
    });
    expect(armAudience.status).toBe(400);
    expect((await armAudience.json()).error_description).toBe(
      "'audience' must be a string that is not an Entra API's audience.",
    );
  });
});
