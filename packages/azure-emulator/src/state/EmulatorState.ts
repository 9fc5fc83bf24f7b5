/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  ActivityLogEvent,
  AppRegistration,
  ArmResource,
  Consent,
  DirectoryGroup,
  DirectoryUser,
  JobTimeline,
  ManagedIdentity,
  RoleAssignment,
  RoleDefinition,
  Subscription,
  Tenant,
} from './model';

const key = (id: string) => id.toLowerCase();

/** The parent id of an ARM resource id (one `/type/name` pair up). */
export function parentResourceId(id: string): string {
  return id.split('/').slice(0, -2).join('/');
}

/**
 * Everything the emulated cloud knows: directories, subscriptions, ARM
 * resources, RBAC and the activity log. In memory; the admin API resets it.
 */
export class EmulatorState {
  readonly tenants = new Map<string, Tenant>();
  readonly users = new Map<string, DirectoryUser>();
  readonly groups = new Map<string, DirectoryGroup>();
  readonly apps = new Map<string, AppRegistration>();
  readonly consents: Consent[] = [];
  readonly managedIdentities = new Map<string, ManagedIdentity>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly resourceGroups = new Map<
    string,
    { id: string; name: string; location: string; subscriptionId: string }
  >();
  readonly roleDefinitions = new Map<string, RoleDefinition>();
  readonly roleAssignments: RoleAssignment[] = [];
  readonly activityLog: ActivityLogEvent[] = [];
  readonly jobTimelines = new Map<string, JobTimeline>();
  private readonly resources = new Map<string, ArmResource>();
  private readonly children = new Map<string, Set<string>>();
  /** Resource ids by lowercased type, so scope listings need not scan all. */
  private readonly byType = new Map<string, Set<string>>();

  /** When the emulated world began: job timelines count from here. */
  constructor(readonly epochMs: number) {}

  // ARM resources -----------------------------------------------------------

  putResource(resource: ArmResource): ArmResource {
    const id = key(resource.id);
    this.resources.set(id, resource);
    const type = resource.type.toLowerCase();
    if (!this.byType.has(type)) this.byType.set(type, new Set());
    this.byType.get(type)!.add(id);
    const parent = key(parentResourceId(resource.id));
    if (!this.children.has(parent)) this.children.set(parent, new Set());
    this.children.get(parent)!.add(id);
    return resource;
  }

  getResource(id: string): ArmResource | undefined {
    return this.resources.get(key(id));
  }

  deleteResource(id: string): boolean {
    const k = key(id);
    const type = this.resources.get(k)?.type.toLowerCase();
    if (type) this.byType.get(type)?.delete(k);
    const existed = this.resources.delete(k);
    this.children.get(key(parentResourceId(id)))?.delete(k);
    for (const child of [...(this.children.get(k) ?? [])]) {
      this.deleteResource(this.resources.get(child)?.id ?? child);
    }
    this.children.delete(k);
    return existed;
  }

  /** Direct children of `parentId` of one ARM type, in insertion order. */
  listChildren(parentId: string, type: string): ArmResource[] {
    const ids = this.children.get(key(parentId)) ?? new Set<string>();
    const wanted = type.toLowerCase();
    return [...ids]
      .map(id => this.resources.get(id)!)
      .filter(r => r && r.type.toLowerCase() === wanted);
  }

  /** Every resource of one ARM type whose id starts with `scope`. */
  listByScope(scope: string, type: string): ArmResource[] {
    const prefix = `${key(scope)}/`;
    return [...(this.byType.get(type.toLowerCase()) ?? [])]
      .filter(id => id.startsWith(prefix))
      .map(id => this.resources.get(id)!);
  }

  resourceCount(): number {
    return this.resources.size;
  }

  // Directory ---------------------------------------------------------------

  tenant(idOrDomain: string): Tenant | undefined {
    const wanted = idOrDomain.toLowerCase();
    return [...this.tenants.values()].find(
      t => t.id === wanted || t.domain.toLowerCase() === wanted,
    );
  }

  usersIn(tenantId: string): DirectoryUser[] {
    return [...this.users.values()].filter(u => u.tenantId === tenantId);
  }

  groupsIn(tenantId: string): DirectoryGroup[] {
    return [...this.groups.values()].filter(g => g.tenantId === tenantId);
  }

  /** Groups the principal belongs to, directly or through nested groups. */
  groupIdsOf(principalId: string): string[] {
    const found = new Set<string>();
    const visit = (memberId: string) => {
      for (const group of this.groups.values()) {
        if (group.members.includes(memberId) && !found.has(group.objectId)) {
          found.add(group.objectId);
          visit(group.objectId);
        }
      }
    };
    visit(principalId);
    return [...found];
  }

  /** The app registration with this client id, in any tenant. */
  app(appId: string): AppRegistration | undefined {
    return this.apps.get(appId);
  }

  /** The app registration that exposes this audience or identifier URI. */
  appByAudience(audience: string): AppRegistration | undefined {
    const wanted = audience.replace(/\/+$/, '').toLowerCase();
    return [...this.apps.values()].find(
      a =>
        a.appId === wanted ||
        a.identifierUris.some(
          u => u.replace(/\/+$/, '').toLowerCase() === wanted,
        ),
    );
  }

  managedIdentityByClientId(clientId: string): ManagedIdentity | undefined {
    return [...this.managedIdentities.values()].find(
      m => m.clientId === clientId,
    );
  }

  consentFor(
    tenantId: string,
    clientAppId: string,
    resource: string,
  ): Consent | undefined {
    const wanted = resource.replace(/\/+$/, '').toLowerCase();
    return this.consents.find(
      c =>
        c.tenantId === tenantId &&
        c.clientAppId === clientAppId &&
        c.resource.replace(/\/+$/, '').toLowerCase() === wanted,
    );
  }

  subscriptionsOf(tenantId: string): Subscription[] {
    return [...this.subscriptions.values()].filter(
      s => s.tenantId === tenantId,
    );
  }
}
