/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlIdentityFederatePermission,
  azureMlJobCancelPermission,
  azureMlWorkspaceReadPermission,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import type { Permission } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { permissionModuleAzureMlProjectRoles } from './module';

const GROUPS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-vision'],
  'user:default/carol': [],
};

function startPermissionBackend(projectRoles: object) {
  return startTestBackend({
    features: [
      permissionPlugin,
      permissionModuleAzureMlProjectRoles,
      mockServices.rootConfig.factory({
        data: { permission: { enabled: true }, azureMl: { projectRoles } },
      }),
      mockServices.userInfo.mock({
        async getUserInfo(credentials) {
          const { userEntityRef } = (credentials.principal as any) ?? {};
          return {
            userEntityRef,
            ownershipEntityRefs: [userEntityRef, ...GROUPS[userEntityRef]],
          };
        },
      }).factory,
    ],
  });
}

async function authorize(
  server: Parameters<typeof request>[0],
  userEntityRef: string,
  permissions: Permission[],
) {
  const response = await request(server)
    .post('/api/permission/authorize')
    // As a plugin asks on the user's behalf: the permission backend refuses
    // a user's own request for a conditional decision.
    .set(
      'Authorization',
      `Bearer ${mockCredentials.user.token(userEntityRef, {
        actor: { subject: 'plugin:azure-ml' },
      })}`,
    )
    .send({
      items: permissions.map((permission, index) => ({
        id: String(index),
        permission,
      })),
    });
  expect(response.status).toBe(200);
  return response.body.items.map(({ id: _, ...decision }: any) => decision);
}

describe('permissionModuleAzureMlProjectRoles', () => {
  it('sets the project roles policy on the permission backend', async () => {
    const backend = await startPermissionBackend({
      assignments: [{ group: 'group:default/team-vision', role: 'developer' }],
    });
    try {
      await expect(
        authorize(backend.server, 'user:default/alice', [
          azureMlJobCancelPermission,
          azureMlIdentityFederatePermission,
          catalogEntityDeletePermission,
        ]),
      ).resolves.toEqual([
        {
          result: 'CONDITIONAL',
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: { claims: ['group:default/team-vision'] },
          },
        },
        { result: 'DENY' },
        { result: 'ALLOW' },
      ]);
      await expect(
        authorize(backend.server, 'user:default/carol', [
          azureMlJobCancelPermission,
        ]),
      ).resolves.toEqual([{ result: 'DENY' }]);
    } finally {
      await backend.stop();
    }
  });

  it('allows a role assigned everywhere outright, and gives the default role (reads only) to a user in no group', async () => {
    const backend = await startPermissionBackend({
      defaultRole: 'viewer',
      assignments: [
        {
          group: 'group:default/team-vision',
          role: 'maintainer',
          scope: 'everywhere',
        },
      ],
    });
    try {
      await expect(
        authorize(backend.server, 'user:default/alice', [
          azureMlJobCancelPermission,
          azureMlIdentityFederatePermission,
        ]),
      ).resolves.toEqual([{ result: 'ALLOW' }, { result: 'ALLOW' }]);
      await expect(
        authorize(backend.server, 'user:default/carol', [
          azureMlWorkspaceReadPermission,
          azureMlJobCancelPermission,
        ]),
      ).resolves.toEqual([{ result: 'ALLOW' }, { result: 'DENY' }]);
    } finally {
      await backend.stop();
    }
  });

  it('refuses to start with an invalid azureMl.projectRoles, naming the key', async () => {
    await expect(
      startPermissionBackend({
        assignments: [{ group: 'team-vision', role: 'owner' }],
      }),
    ).rejects.toThrow(
      "Invalid config azureMl.projectRoles.assignments[0].role: 'owner' is not a role; the roles are viewer, developer, maintainer",
    );
  });
});
