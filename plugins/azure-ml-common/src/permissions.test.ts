/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  isResourcePermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import * as permissions from './permissions';
import { azureMlPermissions } from './permissions';

const basic = (name: string, action: 'read' | 'create'): Permission => ({
  type: 'basic',
  name,
  attributes: { action },
});

const onEntity = (name: string, action: 'create' | 'update'): Permission => ({
  type: 'resource',
  name,
  attributes: { action },
  resourceType: 'catalog-entity',
});

describe('permissions', () => {
  it('defines exactly these permissions', () => {
    const { azureMlPermissions: _all, ...each } = permissions;
    expect(each).toEqual({
      azureMlWorkspaceReadPermission: basic('azureMl.workspace.read', 'read'),
      azureMlJobReadPermission: basic('azureMl.job.read', 'read'),
      azureMlModelReadPermission: basic('azureMl.model.read', 'read'),
      azureMlEndpointReadPermission: basic('azureMl.endpoint.read', 'read'),
      azureMlDataReadPermission: basic('azureMl.data.read', 'read'),
      azureMlEnvironmentReadPermission: basic(
        'azureMl.environment.read',
        'read',
      ),
      azureMlComputeReadPermission: basic('azureMl.compute.read', 'read'),
      azureMlIdentityReadPermission: basic('azureMl.identity.read', 'read'),
      azureMlAuditReadPermission: basic('azureMl.audit.read', 'read'),
      azureMlAccessDiagnoseOthersPermission: basic(
        'azureMl.access.diagnose.others',
        'read',
      ),
      azureMlJobCancelPermission: onEntity('azureMl.job.cancel', 'update'),
      azureMlJobSubmitPermission: onEntity('azureMl.job.submit', 'create'),
      azureMlEndpointTrafficUpdatePermission: onEntity(
        'azureMl.endpoint.traffic.update',
        'update',
      ),
      azureMlEndpointDeploymentCreatePermission: onEntity(
        'azureMl.endpoint.deployment.create',
        'create',
      ),
      azureMlModelRegisterPermission: onEntity(
        'azureMl.model.register',
        'create',
      ),
      azureMlDataRegisterPermission: onEntity(
        'azureMl.data.register',
        'create',
      ),
      azureMlEnvironmentCreatePermission: onEntity(
        'azureMl.environment.create',
        'create',
      ),
      azureMlIdentityFederatePermission: basic(
        'azureMl.identity.federate',
        'create',
      ),
    });
  });

  it('lists every permission once in azureMlPermissions', () => {
    const { azureMlPermissions: all, ...each } = permissions;
    const byName = (a: Permission, b: Permission) =>
      a.name.localeCompare(b.name);
    // A module namespace lists its exports in alphabetical order.
    expect([...all].sort(byName)).toEqual(Object.values(each).sort(byName));
    expect(new Set(all.map(p => p.name)).size).toBe(all.length);
    expect(all).toHaveLength(18);
  });

  it('makes every write on a workspace resource a resource permission on catalog entities, so policies can use ownership', () => {
    // Managed identities have no catalog entity: federating one is basic.
    const writes = azureMlPermissions.filter(
      p =>
        p.attributes.action !== 'read' &&
        p.name !== 'azureMl.identity.federate',
    );
    expect(writes.map(p => p.name)).toEqual([
      'azureMl.job.cancel',
      'azureMl.job.submit',
      'azureMl.endpoint.traffic.update',
      'azureMl.endpoint.deployment.create',
      'azureMl.model.register',
      'azureMl.data.register',
      'azureMl.environment.create',
    ]);
    for (const permission of writes) {
      expect(isResourcePermission(permission, 'catalog-entity')).toBe(true);
    }
    for (const permission of azureMlPermissions) {
      expect(permission.name).toMatch(/^azureMl\.[a-z]+(\.[a-z]+)+$/);
    }
  });
});
