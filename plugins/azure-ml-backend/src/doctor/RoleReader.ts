/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceId as workspaceIdOf,
  type AccessDoctorSubject,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  readAccessTokenClaims,
  toBackstageAzureError,
  type AzureMlConfig,
  type AzureMlServiceIdentityService,
  type ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { AuthorizationManagementClient } from '@azure/arm-authorization';
import { isRestError } from '@azure/core-rest-pipeline';
import type { AzureMlClients } from '../service/AzureMlClients';
import type { AzureMlSessions } from '../service/AzureMlSessions';
import type { AzurePermissionSet } from '../service/evaluateAzureActions';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import type { AssigneePrincipal } from './azureRoleFix';
import type { EffectivePermissions } from './checkAzurePermissions';
import type { CandidateRole } from './leastPrivilegedRole';

const PROVIDER = 'Microsoft.MachineLearningServices';

type Examined = {
  subject: AccessDoctorSubject;
  effective: EffectivePermissions;
  principal: AssigneePrincipal;
};

/** The permission sets of `listForResource` at a workspace. */
async function listAtWorkspace(
  client: AuthorizationManagementClient,
  workspace: WorkspaceRef,
): Promise<AzurePermissionSet[]> {
  const sets: AzurePermissionSet[] = [];
  for await (const set of client.permissions.listForResource(
    workspace.resourceGroup,
    PROVIDER,
    '',
    'workspaces',
    workspace.workspaceName,
  )) {
    sets.push(set);
  }
  return sets;
}

/** A 403 becomes the refusal the check reports; other errors propagate. */
async function refusalOr(
  what: string,
  read: () => Promise<AzurePermissionSet[]>,
  source: string,
): Promise<EffectivePermissions> {
  try {
    return { permissions: await read(), source };
  } catch (error) {
    if (isRestError(error) && error.statusCode === 403) {
      return { refusal: toBackstageAzureError(error, what).message };
    }
    throw toBackstageAzureError(error, what);
  }
}

/** Whether an assignment at `scope` applies at `target` (at it or above). */
const appliesAt = (scope: string, target: string) => {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  const t = target.toLowerCase();
  return t === s || t.startsWith(`${s}/`);
};

/**
 * Reads what Azure RBAC grants at a workspace — as the user, as the
 * service identity, or (for an administrator) for another principal from
 * its role assignments — and the roles that could be assigned there.
 *
 * @internal
 */
export class RoleReader {
  readonly #config: AzureMlConfig;
  readonly #clients: AzureMlClients;
  readonly #sessions: AzureMlSessions;
  readonly #serviceIdentity: AzureMlServiceIdentityService;

  constructor(options: {
    config: AzureMlConfig;
    clients: AzureMlClients;
    sessions: AzureMlSessions;
    serviceIdentity: AzureMlServiceIdentityService;
  }) {
    this.#config = options.config;
    this.#clients = options.clients;
    this.#sessions = options.sessions;
    this.#serviceIdentity = options.serviceIdentity;
  }

  /** The user's own effective permissions, read as the user. */
  effectiveForUser(session: WorkspaceSession): Promise<EffectivePermissions> {
    const what = `Read your Azure permissions on workspace ${session.workspace.workspaceName}`;
    return refusalOr(
      what,
      () =>
        session.callAuthorization(what, client =>
          listAtWorkspace(client, session.workspace),
        ),
      'Microsoft.Authorization/permissions, read as you',
    );
  }

  /**
   * The roles that may be assigned at the workspace, built-in and custom,
   * read as the service identity (role definitions are no secret, and a
   * user without any role could not read them).
   */
  async assignable(
    workspace: WorkspaceRef,
    tenantId: string,
  ): Promise<CandidateRole[]> {
    const client = this.#serviceClient(workspace, tenantId);
    const roles: CandidateRole[] = [];
    for await (const role of client.roleDefinitions.list(
      workspaceIdOf(workspace),
    )) {
      roles.push({
        id: role.id ?? '',
        roleName: role.roleName ?? role.name ?? '',
        roleType: role.roleType ?? '',
        assignableScopes: role.assignableScopes ?? [],
        permissions: role.permissions ?? [],
      });
    }
    return roles;
  }

  /** The service identity's effective permissions, read as itself. */
  async effectiveForService(
    workspace: WorkspaceRef,
    tenantId: string,
  ): Promise<Examined> {
    const { token } = await this.#serviceIdentity.getToken(
      tenantId,
      this.#config.cloud.endpoints.resourceManagerScope,
    );
    const objectId = readAccessTokenClaims(token)?.objectId ?? '(unknown)';
    const mode = this.#serviceIdentity.modeFor(tenantId);
    const client = this.#serviceClient(workspace, tenantId);
    return {
      subject: {
        kind: 'service',
        objectId,
        tenantId,
        displayName: `the portal's service identity (${mode})`,
      },
      principal: {
        objectId,
        type: 'ServicePrincipal',
        name: `the portal's service identity (${mode}, object id ${objectId})`,
      },
      effective: await refusalOr(
        `Read the service identity's permissions on workspace ${workspace.workspaceName}`,
        () => listAtWorkspace(client, workspace),
        'Microsoft.Authorization/permissions, read as the service identity',
      ),
    };
  }

  /**
   * Another principal's permissions at the workspace, from the role
   * assignments that apply to it there (its groups' too), read as the
   * signed-in administrator.
   */
  async effectiveForPrincipal(
    admin: ValidatedUserToken,
    workspace: WorkspaceRef,
    objectId: string,
  ): Promise<Examined> {
    const session = this.#sessions.open(admin, workspace);
    const id = session.id;
    const what = `Read the role assignments of ${objectId} on workspace ${workspace.workspaceName}`;
    const effective = await refusalOr(
      what,
      () =>
        session.callAuthorization(what, async client => {
          const roleIds = new Set<string>();
          for await (const assignment of client.roleAssignments.listForScope(
            id,
            {
              filter: `assignedTo('${objectId}')`,
            },
          )) {
            const { scope, roleDefinitionId } = assignment;
            if (scope && roleDefinitionId && appliesAt(scope, id)) {
              roleIds.add(roleDefinitionId);
            }
          }
          const sets: AzurePermissionSet[] = [];
          for (const roleId of roleIds) {
            const role = await client.roleDefinitions.getById(roleId);
            sets.push(...(role.permissions ?? []));
          }
          return sets;
        }),
      `role assignments of ${objectId}, read as you`,
    );
    return {
      subject: { kind: 'user', objectId, tenantId: session.tenantId },
      principal: { objectId, type: 'User', name: `user ${objectId}` },
      effective,
    };
  }

  #serviceClient(workspace: WorkspaceRef, tenantId: string) {
    return this.#clients.authorizationAs(
      this.#serviceIdentity.credentialFor(tenantId),
      workspace.subscriptionId,
    );
  }
}
