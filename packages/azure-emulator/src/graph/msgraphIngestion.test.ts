/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  MICROSOFT_EMAIL_ANNOTATION,
  MICROSOFT_GRAPH_GROUP_ID_ANNOTATION,
  MICROSOFT_GRAPH_TENANT_ID_ANNOTATION,
  MICROSOFT_GRAPH_USER_ID_ANNOTATION,
  MicrosoftGraphClient,
  readMicrosoftGraphOrg,
} from '@backstage/plugin-catalog-backend-module-msgraph';
import { ClientSecretCredential } from '@azure/identity';
import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { demoIds } from '../testing/demoIds';
import { graphAppCredential } from './testing/graphTokens';

type ReadOptions = Parameters<typeof readMicrosoftGraphOrg>[2];

const silentLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
} as unknown as ReadOptions['logger'];

const CONTOSO = demoIds.tenant('contoso');
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
const DISPLAY_NAMES: Record<string, string> = {
  alice: 'Alice Admin',
  bob: 'Bob Builder',
  carol: 'Carol Chen',
  dave: 'Dave Reader',
  erin: 'Erin Newcomer',
  frank: 'Frank Ops',
};
const MEMBER_OF: Record<string, string[]> = {
  alice: ['group:default/platform-team'],
  bob: ['group:default/team-vision'],
  carol: ['group:default/team-nlp'],
  dave: ['group:default/ml-readers'],
  erin: [],
  frank: ['group:default/team-vision'],
};
const GROUP_DESCRIPTIONS: Record<string, string> = {
  'platform-team': 'Runs the ML platform',
  'team-vision': 'Computer vision models',
  'team-nlp': 'Language models',
  'ml-readers': 'Read-only access to production ML',
};

function userEntity(key: string) {
  const mail = `${key}@contoso.onmicrosoft.com`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: `${key}_contoso.onmicrosoft.com`,
      annotations: {
        [MICROSOFT_GRAPH_USER_ID_ANNOTATION]: demoIds.user(key),
        [MICROSOFT_EMAIL_ANNOTATION]: mail,
      },
    },
    spec: {
      profile: { displayName: DISPLAY_NAMES[key], email: mail },
      memberOf: MEMBER_OF[key],
    },
  };
}

function teamEntity(key: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: key,
      description: GROUP_DESCRIPTIONS[key],
      annotations: {
        [MICROSOFT_GRAPH_GROUP_ID_ANNOTATION]: demoIds.group(key),
      },
    },
    spec: {
      type: 'team',
      profile: { displayName: key },
      children: [],
      parent: 'group:default/contoso_ml',
    },
  };
}

function rootEntity(children: string[]) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'contoso_ml',
      description: 'Contoso ML',
      annotations: { [MICROSOFT_GRAPH_TENANT_ID_ANNOTATION]: CONTOSO },
    },
    spec: {
      type: 'root',
      profile: { displayName: 'Contoso ML' },
      children: children.map(c => `group:default/${c}`),
    },
  };
}

describe('the msgraph catalog module against the emulated Graph', () => {
  let emulator: RunningEmulator;
  let credential: ReturnType<typeof graphAppCredential>;
  let client: MicrosoftGraphClient;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    credential = graphAppCredential(emulator, {
      tenantId: CONTOSO,
      roles: ['User.Read.All', 'GroupMember.Read.All'],
    });
    client = new MicrosoftGraphClient(
      `${emulator.urls.https}/v1.0`,
      credential,
    );
  });
  afterAll(() => emulator.stop());

  it('ingests the Contoso directory as Backstage users and groups', async () => {
    const { users, groups } = await readMicrosoftGraphOrg(client, CONTOSO, {
      logger: silentLogger,
    });

    expect(users).toEqual(USERS.map(userEntity));
    expect(groups).toEqual([
      rootEntity(['platform-team', 'team-vision', 'team-nlp', 'ml-readers']),
      teamEntity('ml-readers'),
      teamEntity('platform-team'),
      teamEntity('team-nlp'),
      teamEntity('team-vision'),
    ]);
    // The module asks for a token for the host it was pointed at.
    expect([...new Set(credential.scopesAsked)]).toEqual([
      'https://localhost/.default',
    ]);
  });

  it('ingests group members found by an advanced $search, through the user cast', async () => {
    const { users, groups } = await readMicrosoftGraphOrg(client, CONTOSO, {
      logger: silentLogger,
      queryMode: 'advanced',
      userGroupMemberSearch: '"displayName:team"',
      groupFilter: "startswith(displayName,'team')",
      loadUserPhotos: false,
    });

    // $search matches words: "platform-team" has the word "team" too, so
    // Alice is read; the group filter leaves her group out of the catalog.
    expect(users).toEqual([
      {
        ...userEntity('alice'),
        spec: { ...userEntity('alice').spec, memberOf: [] },
      },
      ...['bob', 'carol', 'frank'].map(userEntity),
    ]);
    expect(groups).toEqual([
      rootEntity(['team-vision', 'team-nlp']),
      teamEntity('team-nlp'),
      teamEntity('team-vision'),
    ]);
  });

  it('follows @odata.nextLink through every page', async () => {
    const before = emulator.ctx.requestCounts.get('graph') ?? 0;
    const names: string[] = [];
    for await (const user of client.getUsers({
      top: 2,
      select: ['id', 'displayName'],
      filter: 'accountEnabled eq true',
    })) {
      names.push(user.displayName!);
    }
    expect(names).toEqual(USERS.map(key => DISPLAY_NAMES[key]));
    expect((emulator.ctx.requestCounts.get('graph') ?? 0) - before).toBe(3);
  });

  it("issues the token the module asks for: its Graph host's /.default", async () => {
    // The module requests `{protocol}//{hostname}/.default` of its target.
    const portal = demoIds.app('backstage-portal');
    const secret = new ClientSecretCredential(
      CONTOSO,
      portal.appId,
      portal.passwordCredentials[0].secretText,
      {
        authorityHost: emulator.urls.https,
        disableInstanceDiscovery: true,
      },
    );
    const { token } = (await secret.getToken('https://localhost/.default'))!;
    const users = await fetch(
      `${emulator.urls.https}/v1.0/users?$select=displayName`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(users.status).toBe(200);
    expect(
      (await users.json()).value.map(
        (u: { displayName: string }) => u.displayName,
      ),
    ).toEqual(USERS.map(key => DISPLAY_NAMES[key]));
  });
});
