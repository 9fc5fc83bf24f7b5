/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { EmulatorState } from '../state/EmulatorState';
import type {
  AppRegistration,
  DirectoryUser,
  RoleDefinition,
} from '../state/model';
import { firstPartyApis, GRAPH_APP_ID } from '../entra/firstPartyApis';
import { seedMlAssets, type WorkspaceSpec } from './mlAssets';
import { seedScaleEstate, type ScaleAssets } from './scaleEstate';
import { stableGuid } from './seededRandom';
import { packagePath } from '../packageRoot';
import { newRoleAssignment } from '../authorization/newRoleAssignment';

const DAY_MS = 24 * 3600 * 1000;

/** The demo estate file, also read by other packages' tests. */
export const DEMO_ESTATE_PATH = packagePath('demo', 'demo-estate.json');
const BUILTIN_ROLES_PATH = packagePath('fixtures', 'builtin-roles.json');

type DemoFile = any;

export type DemoOptions = {
  /** The emulator's https base URL, substituted for `{emulator}`. */
  baseUrl: string;
  /** When the demo world begins (job timelines count from here). */
  epochMs: number;
  /** Extra generated workspaces for benchmarks (`--scale`). */
  scale?: number;
  /** Assets of each generated workspace, at least (benchmarks). */
  scaleAssets?: ScaleAssets;
};

function loadBuiltinRoles(): RoleDefinition[] {
  const { roles } = JSON.parse(readFileSync(BUILTIN_ROLES_PATH, 'utf8'));
  return roles.map((r: any) => ({
    name: r.id,
    roleName: r.name,
    description: r.description,
    roleType: 'BuiltInRole',
    assignableScopes: r.assignableScopes,
    actions: r.actions,
    notActions: r.notActions,
    dataActions: r.dataActions,
    notDataActions: r.notDataActions,
  }));
}

/** Builds the deterministic demo world from demo/demo-estate.json. */
export function createDemoState(options: DemoOptions): EmulatorState {
  const demo: DemoFile = JSON.parse(
    readFileSync(DEMO_ESTATE_PATH, 'utf8').replaceAll(
      '{emulator}',
      options.baseUrl,
    ),
  );
  const state = new EmulatorState(options.epochMs);
  const tenantId = (key: string) =>
    demo.tenants.find((t: any) => t.key === key).id;

  for (const t of demo.tenants) {
    state.tenants.set(t.id, {
      id: t.id,
      displayName: t.displayName,
      domain: t.domain,
    });
  }
  const tenantDomain = (key: string) =>
    demo.tenants.find((t: any) => t.key === key).domain;

  const usersByKey = new Map<string, DirectoryUser>();
  for (const u of demo.users.filter((x: any) => !x.guestOf)) {
    const upn = `${u.key}@${tenantDomain(u.tenant)}`;
    const user: DirectoryUser = {
      objectId: u.objectId,
      tenantId: tenantId(u.tenant),
      userPrincipalName: upn,
      displayName: `${u.givenName} ${u.surname}`,
      givenName: u.givenName,
      surname: u.surname,
      mail: upn,
      jobTitle: u.jobTitle,
      userType: 'Member',
    };
    usersByKey.set(u.key, user);
    state.users.set(user.objectId, user);
  }
  for (const g of demo.users.filter((x: any) => x.guestOf)) {
    const home = usersByKey.get(g.guestOf)!;
    const guest: DirectoryUser = {
      ...home,
      objectId: g.objectId,
      tenantId: tenantId(g.tenant),
      userPrincipalName: `${home.mail.replace('@', '_')}#EXT#@${tenantDomain(
        g.tenant,
      )}`,
      userType: 'Guest',
      homeObjectId: home.objectId,
    };
    usersByKey.set(g.key, guest);
    state.users.set(guest.objectId, guest);
  }

  const principalIds = new Map<string, string>();
  for (const [k, u] of usersByKey) principalIds.set(k, u.objectId);
  for (const g of demo.groups) {
    principalIds.set(g.key, g.objectId);
  }
  for (const g of demo.groups) {
    state.groups.set(g.objectId, {
      objectId: g.objectId,
      tenantId: tenantId(g.tenant),
      displayName: g.displayName,
      mailNickname: g.displayName,
      description: g.description,
      members: g.members.map((m: string) => principalIds.get(m)!),
    });
  }

  for (const api of firstPartyApis) state.apps.set(api.appId, { ...api });
  // Clients of Graph (the msgraph catalog module) ask for a token for the host
  // they are pointed at, `{protocol}//{hostname}/.default`: here, the emulator.
  const graph = state.apps.get(GRAPH_APP_ID)!;
  const { protocol, hostname } = new URL(options.baseUrl);
  graph.identifierUris = [...graph.identifierUris, `${protocol}//${hostname}`];
  const appsByKey = new Map<string, AppRegistration>();
  for (const a of demo.apps) {
    const app: AppRegistration = {
      appId: a.appId,
      objectId: a.objectId,
      servicePrincipalId: a.servicePrincipalId,
      tenantId: tenantId(a.tenant),
      displayName: a.displayName,
      signInAudience: a.signInAudience,
      identifierUris: a.identifierUris,
      accessTokenAcceptedVersion: a.accessTokenAcceptedVersion,
      exposedScopes: a.exposedScopes.map((value: string) => ({
        id: stableGuid(`${a.appId}/${value}`),
        value,
      })),
      requiredResourceAccess: a.requiredResourceAccess,
      redirectUris: a.redirectUris,
      passwordCredentials: a.passwordCredentials.map((p: any) => ({
        keyId: p.keyId,
        displayName: p.displayName,
        hint: p.secretText.slice(0, 3),
        secretText: p.secretText,
        startDateTime: new Date(options.epochMs - 30 * DAY_MS).toISOString(),
        endDateTime: new Date(
          options.epochMs + p.validDays * DAY_MS,
        ).toISOString(),
      })),
      federatedCredentials: a.federatedCredentials,
      servicePrincipalsByTenant: Object.fromEntries(
        Object.entries(a.servicePrincipalsByTenant).map(([t, sp]) => [
          tenantId(t),
          sp as string,
        ]),
      ),
    };
    app.servicePrincipalsByTenant[app.tenantId] = app.servicePrincipalId;
    appsByKey.set(a.key, app);
    state.apps.set(app.appId, app);
  }
  for (const c of demo.consents) {
    state.consents.push({
      tenantId: tenantId(c.tenant),
      clientAppId: c.managedIdentity
        ? demo.managedIdentities.find((m: any) => m.key === c.managedIdentity)
            .clientId
        : appsByKey.get(c.app)!.appId,
      resource: c.resource,
      scopes: c.scopes,
      roles: c.roles ?? [],
    });
  }

  for (const s of demo.subscriptions) {
    state.subscriptions.set(s.subscriptionId, {
      subscriptionId: s.subscriptionId,
      tenantId: tenantId(s.tenant),
      displayName: s.displayName,
    });
  }
  const subscriptionId = (key: string) =>
    demo.subscriptions.find((s: any) => s.key === key).subscriptionId;
  const ensureGroup = (sub: string, name: string, location: string) => {
    const id = `/subscriptions/${sub}/resourceGroups/${name}`;
    if (!state.resourceGroups.has(id.toLowerCase())) {
      state.resourceGroups.set(id.toLowerCase(), {
        id,
        name,
        location,
        subscriptionId: sub,
      });
    }
  };

  for (const m of demo.managedIdentities) {
    const sub = subscriptionId(m.subscription);
    ensureGroup(sub, m.resourceGroup, 'westeurope');
    const resourceId = `/subscriptions/${sub}/resourceGroups/${m.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${m.name}`;
    const tenant = state.subscriptions.get(sub)!.tenantId;
    state.managedIdentities.set(resourceId.toLowerCase(), {
      resourceId,
      name: m.name,
      tenantId: tenant,
      clientId: m.clientId,
      principalId: m.principalId,
    });
    state.putResource({
      id: resourceId,
      name: m.name,
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      location: 'westeurope',
      tags: {},
      properties: {
        tenantId: tenant,
        principalId: m.principalId,
        clientId: m.clientId,
        isolationScope: 'None',
      },
    });
    principalIds.set(`mi:${m.key}`, m.principalId);
  }

  for (const role of loadBuiltinRoles())
    state.roleDefinitions.set(role.name.toLowerCase(), role);

  const workspaceIds = new Map<string, string>();
  const workspaces: WorkspaceSpec[] = demo.workspaces.map((w: any) => {
    const sub = subscriptionId(w.subscription);
    ensureGroup(sub, w.resourceGroup, w.location);
    const spec: WorkspaceSpec = {
      subscriptionId: sub,
      tenantId: state.subscriptions.get(sub)!.tenantId,
      resourceGroup: w.resourceGroup,
      name: w.name,
      location: w.location,
      friendlyName: w.friendlyName,
      tags: w.tags,
      team: w.team,
      members:
        demo.groups
          .find((g: any) => g.key === w.tags.owner)
          ?.members.map((m: string) => usersByKey.get(m)!)
          .filter(Boolean) ?? [],
    };
    workspaceIds.set(
      w.key,
      `/subscriptions/${sub}/resourceGroups/${w.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${w.name}`,
    );
    return spec;
  });

  const scopeOf = (scope: string) => {
    const [kind, rest] = scope.split(':');
    if (kind === 'subscription')
      return `/subscriptions/${subscriptionId(rest)}`;
    if (kind === 'resourceGroup') {
      const [sub, group] = rest.split('/');
      return `/subscriptions/${subscriptionId(sub)}/resourceGroups/${group}`;
    }
    return workspaceIds.get(rest)!;
  };
  for (const a of demo.roleAssignments) {
    const scope = scopeOf(a.scope);
    const scopeTenant = state.subscriptions.get(scope.split('/')[2])!.tenantId;
    const isGroup = demo.groups.some((g: any) => g.key === a.principal);
    let principalType: 'User' | 'Group' | 'ServicePrincipal' = isGroup
      ? 'Group'
      : 'User';
    if (a.principal.includes(':')) principalType = 'ServicePrincipal';
    const principalId = a.principal.startsWith('app:')
      ? appsByKey.get(a.principal.slice(4))!.servicePrincipalsByTenant[
          scopeTenant
        ]
      : principalIds.get(a.principal)!;
    const role = [...state.roleDefinitions.values()].find(
      r => r.roleName === a.role,
    )!;
    state.roleAssignments.push(
      newRoleAssignment({
        name: stableGuid(`${scope}|${principalId}|${role.name}`),
        scope,
        role,
        principalId,
        principalType,
        createdOn: new Date(options.epochMs - 90 * DAY_MS).toISOString(),
      }),
    );
  }

  for (const spec of workspaces) seedMlAssets(state, spec, options);
  if (options.scale) seedScaleEstate(state, options.scale, options);
  return state;
}
