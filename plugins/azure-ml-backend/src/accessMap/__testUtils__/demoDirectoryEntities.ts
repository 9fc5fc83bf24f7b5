/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Entity } from '@backstage/catalog-model';
import { demoIds } from '@internal/azure-emulator/testing';
import {
  GRAPH_GROUP_ID_ANNOTATION,
  GRAPH_USER_ID_ANNOTATION,
} from '../../service/graphAnnotations';

/** The Contoso groups of the demo directory and their members. */
const GROUPS: Record<string, string[]> = {
  'platform-team': ['alice'],
  'team-vision': ['bob', 'frank'],
  'team-nlp': ['carol'],
  'ml-readers': ['dave'],
};

/** The Contoso users of the demo directory and their display names. */
export const DEMO_USERS: Record<string, string> = {
  alice: 'Alice Admin',
  bob: 'Bob Builder',
  carol: 'Carol Chen',
  dave: 'Dave Reader',
  erin: 'Erin Newcomer',
  frank: 'Frank Ops',
};

/** The owner tag of each demo workspace, as the Azure ML catalog module reads it. */
const WORKSPACE_OWNERS: Record<string, string> = {
  vision: 'team-vision',
  nlp: 'team-nlp',
  sandbox: 'platform-team',
  research: 'fabrikam-research',
};

const groupRef = (name: string) => `group:default/${name}`;
const userRef = (name: string) => `user:default/${name}`;

/**
 * The catalog as the msgraph module and the Azure ML catalog module leave
 * it for the demo estate: the Contoso users and groups with their Entra
 * object ids and membership relations, and each workspace's `System`
 * owned by the group its owner tag names.
 */
export function demoDirectoryEntities(): Entity[] {
  const groups = Object.entries(GROUPS).map(
    ([name, members]): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name,
        namespace: 'default',
        annotations: { [GRAPH_GROUP_ID_ANNOTATION]: demoIds.group(name) },
      },
      spec: { type: 'team', profile: { displayName: name }, children: [] },
      relations: members.map(member => ({
        type: 'hasMember',
        targetRef: userRef(member),
      })),
    }),
  );
  const users = Object.entries(DEMO_USERS).map(
    ([name, displayName]): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: {
        name,
        namespace: 'default',
        annotations: { [GRAPH_USER_ID_ANNOTATION]: demoIds.user(name) },
      },
      spec: {
        profile: { displayName },
        memberOf: Object.keys(GROUPS).filter(g => GROUPS[g].includes(name)),
      },
      relations: Object.keys(GROUPS)
        .filter(group => GROUPS[group].includes(name))
        .map(group => ({ type: 'memberOf', targetRef: groupRef(group) })),
    }),
  );
  const workspaces = Object.entries(WORKSPACE_OWNERS).map(
    ([key, owner]): Entity => {
      const { name, id } = demoIds.workspace(key);
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: {
          name,
          namespace: 'default',
          annotations: { [AZURE_ML_RESOURCE_ID_ANNOTATION]: id },
        },
        spec: { type: 'azure-ml-workspace', owner: groupRef(owner) },
        relations: [{ type: 'ownedBy', targetRef: groupRef(owner) }],
      };
    },
  );
  return [...groups, ...users, ...workspaces];
}

/** `azureMl.projectRoles` as the portal's app-config.yaml has it. */
export const PORTAL_PROJECT_ROLES = {
  assignments: [
    {
      group: 'group:default/platform-team',
      role: 'maintainer',
      scope: 'everywhere',
    },
    { group: 'group:default/team-vision', role: 'developer' },
    { group: 'group:default/team-nlp', role: 'developer' },
    { group: 'group:default/ml-readers', role: 'viewer' },
    { group: 'group:default/fabrikam-research', role: 'developer' },
  ],
  defaultRole: 'viewer',
};
