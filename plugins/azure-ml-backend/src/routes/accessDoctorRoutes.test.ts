/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  AccessCheck,
  AccessCheckId,
  AccessDoctorReport,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { WORKLOAD_IDENTITY_PATH } from '@internal/azure-emulator';
import {
  demoIds,
  tempDir,
  userAccessToken,
} from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  CONTOSO,
  PORTAL_ID,
  demoWorkspace,
  errorOf,
  usePluginTestHarness,
  userHeaders as headers,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const NLP = demoWorkspace('nlp');
const RESEARCH = demoWorkspace('research');
const ML = 'Microsoft.MachineLearningServices/workspaces';
const CANCEL = `${ML}/jobs/cancel/action`;
const DAY_MS = 24 * 60 * 60 * 1000;

describe('GET /workspaces/…/access-doctor', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;

  async function diagnose(
    server: Parameters<typeof request>[0],
    workspacePath: string,
    token: string | undefined,
    query: Record<string, string> = {},
  ): Promise<AccessDoctorReport> {
    const res = await request(server)
      .get(`${workspacePath}/access-doctor`)
      .query(query)
      .set(headers(token));
    expect(res.status).toBe(200);
    return res.body;
  }

  const check = (report: AccessDoctorReport, id: AccessCheckId): AccessCheck =>
    report.checks.find(c => c.id === id)!;

  const verdicts = (report: AccessDoctorReport) =>
    Object.fromEntries(report.checks.map(c => [c.id, c.verdict]));

  /** The portal app federated with the emulator's workload identity issuer. */
  async function workloadIdentityConfig() {
    const subject = demoIds.app('backstage-portal').federatedCredentials[0]
      .subject as string;
    const response = await fetch(
      `${harness.emulator.urls.https}${WORKLOAD_IDENTITY_PATH}/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject }),
      },
    );
    const file = path.join(tempDir('doctor-'), 'token');
    writeFileSync(file, `${(await response.json()).token}\n`);
    return {
      portalApp: {
        clientId: PORTAL_ID,
        credential: { mode: 'workload-identity', tokenFilePath: file },
      },
      serviceIdentity: {
        mode: 'workload-identity',
        clientId: PORTAL_ID,
        tenantId: CONTOSO,
        tokenFilePath: file,
      },
    };
  }

  it('passes every check for Alice on mlw-vision when the portal runs without secrets', async () => {
    const server = await harness.startBackend({
      azureMl: await workloadIdentityConfig(),
    });
    const report = await diagnose(
      server,
      VISION.path,
      await harness.token('alice'),
    );
    expect(report.checks.map(c => [c.id, c.verdict])).toEqual([
      ['sign-in-token', 'pass'],
      ['app-consent', 'pass'],
      ['guest-account', 'pass'],
      ['azure-permissions', 'pass'],
      ['backstage-permissions', 'pass'],
      ['service-identity', 'pass'],
    ]);
    expect(report.checks.every(c => c.fix === undefined)).toBe(true);
    expect(report).toMatchObject({
      subject: { kind: 'me', tenantId: CONTOSO },
      workspaceId: VISION.id,
      workspaceTenantId: CONTOSO,
    });
    expect(check(report, 'azure-permissions').features).toHaveLength(7);
    expect(JSON.stringify(report)).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it("names Bob's missing cancel action on mlw-nlp and the least-privileged role, and that role fixes it", async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const report = await diagnose(server, NLP.path, token, { action: CANCEL });
    const azure = check(report, 'azure-permissions');
    expect(azure.verdict).toBe('fail');
    expect(azure.summary).toContain(
      `The refused action ${CANCEL} is not granted`,
    );
    expect(azure.features!.find(f => f.feature === 'job.cancel')).toEqual({
      feature: 'job.cancel',
      allowed: false,
      missingActions: [CANCEL],
    });
    const bob = demoIds.user('bob');
    expect(azure.fix).toMatchObject({
      role: {
        roleName: 'AzureML Data Scientist',
        scope: NLP.id,
        principalId: bob,
        grants: expect.arrayContaining([CANCEL]),
      },
      azCli: `az role assignment create --assignee-object-id ${bob} --assignee-principal-type User --role "AzureML Data Scientist" --scope "${NLP.id}"`,
      portalSteps: expect.arrayContaining([
        'Access control (IAM) → Add → Add role assignment',
        'Role: AzureML Data Scientist → Next',
      ]),
    });
    // Everything else about Bob is fine.
    expect(verdicts(report)).toMatchObject({
      'sign-in-token': 'pass',
      'app-consent': 'pass',
      'guest-account': 'pass',
      'backstage-permissions': 'pass',
    });

    const assigned = await fetch(
      `${harness.emulator.urls.https}/admin/role-assignments`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          principalId: bob,
          roleName: azure.fix!.role!.roleName,
          scope: NLP.id,
        }),
      },
    );
    expect(assigned.ok).toBe(true);
    const after = await diagnose(server, NLP.path, token);
    expect(check(after, 'azure-permissions').verdict).toBe('pass');
  });

  it('detects missing consent (AADSTS65001) for the ML data plane, with the admin-consent URL', async () => {
    const consents = state().consents;
    const ml = consents.findIndex(
      c =>
        c.tenantId === CONTOSO &&
        c.clientAppId === PORTAL_ID &&
        c.resource.startsWith('https://ml.azure.com'),
    );
    expect(ml).toBeGreaterThanOrEqual(0);
    consents.splice(ml, 1);
    const server = await harness.startBackend();
    const report = await diagnose(
      server,
      VISION.path,
      await harness.token('alice'),
    );
    const consent = check(report, 'app-consent');
    expect(consent.verdict).toBe('fail');
    expect(consent.summary).toContain(
      'Consent is missing in tenant 11111111-0000-4000-8000-000000000001 for Azure Machine Learning Services (data plane) (AADSTS65001)',
    );
    expect(consent.fix!.adminConsentUrl).toBe(
      `${harness.emulator.urls.https}/${CONTOSO}/adminconsent?client_id=${PORTAL_ID}`,
    );
    expect(consent.fix!.azCli).toContain(
      `az ad app permission admin-consent --id ${PORTAL_ID}`,
    );
    // ARM still works, so the permissions are still read.
    expect(check(report, 'azure-permissions').verdict).toBe('pass');
  });

  it('detects a token for the wrong audience and says which scope the frontend must ask for', async () => {
    const server = await harness.startBackend();
    const { token: graphToken } = await userAccessToken(
      harness.emulator,
      demoIds.user('alice'),
      'https://graph.microsoft.com',
    );
    const report = await diagnose(server, VISION.path, graphToken);
    const signIn = check(report, 'sign-in-token');
    expect(signIn.verdict).toBe('fail');
    expect(signIn.summary).toMatch(
      /^The token is for 'https:\/\/graph\.microsoft\.com', not the portal's API \('api:\/\/44444444-0000-4000-8000-000000000001'\)\./,
    );
    expect(signIn.fix!.summary).toContain(
      `'api://${PORTAL_ID}/access_as_user'`,
    );
    expect(signIn.evidence).toContainEqual({
      label: 'Audience (aud)',
      value: 'https://graph.microsoft.com',
    });
    expect(verdicts(report)).toMatchObject({
      'app-consent': 'skipped',
      'azure-permissions': 'skipped',
    });
  });

  it('detects clock skew between Entra and the portal', async () => {
    harness.emulator.ctx.faults.tokenClockSkewSeconds = 600;
    const token = await harness.token('alice');
    harness.emulator.ctx.faults.tokenClockSkewSeconds = 0;
    const server = await harness.startBackend();
    const report = await diagnose(server, VISION.path, token);
    const signIn = check(report, 'sign-in-token');
    expect(signIn.verdict).toBe('fail');
    expect(signIn.summary).toMatch(
      /^Entra's clock and the portal's differ by (59\d|60\d) seconds \(more than 60\)/,
    );
    expect(signIn.fix!.summary).toContain('timedatectl set-ntp true');
  });

  it('detects that Carol has no guest account in Fabrikam, with the invitation to send', async () => {
    const server = await harness.startBackend();
    const report = await diagnose(
      server,
      RESEARCH.path,
      await harness.token('carol'),
    );
    const guest = check(report, 'guest-account');
    expect(guest.verdict).toBe('fail');
    expect(guest.summary).toContain('AADSTS50020');
    expect(guest.fix!.azCli).toContain(
      'az rest --method POST --url https://graph.microsoft.com/v1.0/invitations',
    );
    expect(guest.fix!.azCli).toContain('carol@contoso.onmicrosoft.com');
    expect(check(report, 'app-consent').verdict).toBe('skipped');
  });

  it('passes the guest check for Bob in Fabrikam, where his guest account is a data scientist', async () => {
    const server = await harness.startBackend();
    const report = await diagnose(
      server,
      RESEARCH.path,
      await harness.token('bob'),
    );
    expect(report.workspaceTenantId).toBe(demoIds.tenant('fabrikam'));
    expect(check(report, 'guest-account').verdict).toBe('pass');
    const azure = check(report, 'azure-permissions');
    expect(azure.verdict).toBe('pass');
    // AzureML Data Scientist grants workspaces/*/read, not workspaces/read.
    expect(azure.evidence).toContainEqual({
      label: 'Microsoft.MachineLearningServices/workspaces/read',
      value: expect.stringMatching(/^not granted \(the portal does without it/),
    });

    // Without the group's role there, the fix names his guest object in
    // Fabrikam, not his home one: that is whom Fabrikam assigns roles to.
    const assignments = state().roleAssignments;
    assignments.splice(
      0,
      assignments.length,
      ...assignments.filter(
        a => a.principalId !== demoIds.group('fabrikam-research'),
      ),
    );
    const without = await diagnose(
      server,
      RESEARCH.path,
      await harness.token('bob'),
    );
    expect(check(without, 'azure-permissions').fix!.role).toMatchObject({
      roleName: 'AzureML Data Scientist',
      principalId: demoIds.user('bob-guest'),
      scope: RESEARCH.id,
    });
  });

  it('warns that a client secret is in use, and flags one that expires in 7 days', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('alice');
    const inUse = check(
      await diagnose(server, VISION.path, token),
      'service-identity',
    );
    expect(inUse.verdict).toBe('warn');
    expect(inUse.summary).toContain('A stored client secret is in use');
    expect(inUse.fix!.azCli).toContain('az ad app federated-credential create');
    expect(JSON.stringify(inUse)).not.toContain(
      demoIds.app('backstage-portal').passwordCredentials[0].secretText,
    );

    const portal = [...state().apps.values()].find(a => a.appId === PORTAL_ID)!;
    portal.passwordCredentials[0].endDateTime = new Date(
      Date.now() + 7 * DAY_MS + 60_000,
    ).toISOString();
    const expiring = check(
      await diagnose(server, VISION.path, token),
      'service-identity',
    );
    expect(expiring.verdict).toBe('warn');
    expect(expiring.summary).toMatch(/expires in 7 day\(s\)/);
    expect(expiring.fix!.azCli).toContain(
      `az ad app credential reset --id ${PORTAL_ID} --append`,
    );
  });

  it('fails the service identity check when the secret in use has expired', async () => {
    const token = await harness.token('alice');
    const portal = [...state().apps.values()].find(a => a.appId === PORTAL_ID)!;
    portal.passwordCredentials[0].endDateTime = new Date(
      Date.now() - 2 * DAY_MS,
    ).toISOString();
    const server = await harness.startBackend();
    // The portal can no longer exchange tokens, and the doctor says why.
    const report = await diagnose(server, VISION.path, token);
    const identity = check(report, 'service-identity');
    expect(identity.verdict).toBe('fail');
    // The service identity uses the same secret, so Graph is out of reach too.
    expect(identity.summary).toContain('it has expired (AADSTS7000222)');
    expect(identity.fix!.azCli).toContain('az ad app credential reset');
    const consent = check(report, 'app-consent');
    expect(consent.verdict).toBe('fail');
    expect(consent.evidence[0].value).toContain('AADSTS7000222');
  });

  it('names the Backstage permissions the policy denies, and the project role to ask for', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => ({
          result: ['azureMl.job.cancel', 'azureMl.job.submit'].includes(
            r.permission.name,
          )
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
        })) as any,
    });
    const server = await harness.startBackend({
      permissions: permissions.factory,
    });
    const report = await diagnose(
      server,
      VISION.path,
      await harness.token('bob'),
    );
    const backstage = check(report, 'backstage-permissions');
    expect(backstage.verdict).toBe('fail');
    expect(backstage.summary).toBe(
      'The permission policy denies azureMl.job.cancel, azureMl.job.submit on resource:default/mlw-vision.',
    );
    expect(backstage.features!.filter(f => !f.allowed)).toEqual([
      {
        feature: 'job.cancel',
        allowed: false,
        deniedPermission: 'azureMl.job.cancel',
      },
      {
        feature: 'job.submit',
        allowed: false,
        deniedPermission: 'azureMl.job.submit',
      },
    ]);
    expect(backstage.fix!.summary).toContain(
      "the project role 'developer' through a group that owns resource:default/mlw-vision",
    );
    // Azure, the other lock, is fine with Bob in his own workspace.
    expect(check(report, 'azure-permissions').verdict).toBe('pass');
  });

  describe('other subjects', () => {
    it('runs for the service identity and for another user when allowed', async () => {
      const server = await harness.startBackend();
      const alice = await harness.token('alice');
      const service = await diagnose(server, NLP.path, alice, {
        subject: 'service',
      });
      expect(service.subject.kind).toBe('service');
      expect(verdicts(service)).toMatchObject({
        'sign-in-token': 'skipped',
        'azure-permissions': 'fail',
      });
      // The service identity is a Reader: it may read, not cancel.
      const serviceAzure = check(service, 'azure-permissions');
      expect(
        serviceAzure.features!.find(f => f.feature === 'job.cancel')!.allowed,
      ).toBe(false);
      expect(serviceAzure.fix!.azCli).toContain(
        '--assignee-principal-type ServicePrincipal',
      );

      const bob = demoIds.user('bob');
      const other = await diagnose(server, NLP.path, alice, {
        subject: `user:${bob}`,
      });
      expect(other.subject).toEqual({
        kind: 'user',
        objectId: bob,
        tenantId: CONTOSO,
      });
      const azure = check(other, 'azure-permissions');
      expect(azure.verdict).toBe('fail');
      expect(azure.fix!.role!.roleName).toBe('AzureML Data Scientist');
      expect(
        azure.features!.find(f => f.feature === 'job.cancel')!.missingActions,
      ).toEqual([CANCEL]);
    });

    it('refuses another subject without azureMl.access.diagnose.others', async () => {
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(r => ({
            result:
              r.permission.name === 'azureMl.access.diagnose.others'
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })) as any,
      });
      const server = await harness.startBackend({
        permissions: permissions.factory,
      });
      const res = await request(server)
        .get(`${NLP.path}/access-doctor`)
        .query({ subject: 'service' })
        .set(headers(await harness.token('bob')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message:
          "Backstage permission policy denied 'azureMl.access.diagnose.others' (read); ask a Backstage administrator for access",
      });
    });
  });

  it.each([
    [
      { subject: 'someone' },
      "subject: must be 'me', 'service' or 'user:<Entra object id>'",
    ],
    [
      { subject: 'user:not-a-guid' },
      "subject: must be 'me', 'service' or 'user:<Entra object id>'",
    ],
    [{ action: 'x; rm -rf /' }, 'action: must be an Azure RBAC action'],
    [{ other: '1' }, "Unknown query parameter 'other'"],
  ])(
    'answers 400 to the query %j, before any call to Entra or Azure',
    async (query, message) => {
      const server = await harness.startBackend();
      const token = await harness.token('alice');
      const counts = harness.emulator.ctx.requestCounts;
      const before = [counts.get('entra'), counts.get('arm')];
      const res = await request(server)
        .get(`${VISION.path}/access-doctor`)
        .query(query)
        .set(headers(token));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
      expect([counts.get('entra'), counts.get('arm')]).toEqual(before);
    },
  );
});
