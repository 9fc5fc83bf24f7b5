/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Caller } from '../server/authenticateCaller';

/**
 * The permissions any one of which lets a call through: app roles (`roles`)
 * for app-only tokens, delegated scopes (`scp`) for user tokens.
 */
export type PermissionRule = { application: string[]; delegated: string[] };

const DIRECTORY = ['Directory.Read.All', 'Directory.ReadWrite.All'];

export const READ_USERS: PermissionRule = {
  application: ['User.Read.All', 'User.ReadWrite.All', ...DIRECTORY],
  delegated: [
    'User.ReadBasic.All',
    'User.Read.All',
    'User.ReadWrite.All',
    ...DIRECTORY,
  ],
};

/** The signed-in user's own profile. */
export const READ_ME: PermissionRule = {
  application: [],
  delegated: ['User.Read', 'User.ReadWrite', ...READ_USERS.delegated],
};

export const READ_GROUPS: PermissionRule = {
  application: [
    'GroupMember.Read.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
    ...DIRECTORY,
  ],
  delegated: [
    'GroupMember.Read.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
    ...DIRECTORY,
  ],
};

/** The signed-in user's own group memberships. */
export const READ_MY_GROUPS: PermissionRule = {
  application: [],
  delegated: ['User.Read', ...READ_GROUPS.delegated],
};

/**
 * Tenant details. User.Read.All opens them too: the msgraph catalog module
 * documents User.Read.All and GroupMember.Read.All as all it needs, and it
 * reads `/organization/{tenant}`.
 */
export const READ_ORGANIZATION: PermissionRule = {
  application: [
    'Organization.Read.All',
    'Organization.ReadWrite.All',
    'User.Read.All',
    ...DIRECTORY,
  ],
  delegated: ['User.Read', 'Organization.Read.All', ...DIRECTORY],
};

export const READ_APPLICATIONS: PermissionRule = {
  application: [
    'Application.Read.All',
    'Application.ReadWrite.All',
    'Application.ReadWrite.OwnedBy',
    ...DIRECTORY,
  ],
  delegated: [
    'Application.Read.All',
    'Application.ReadWrite.All',
    ...DIRECTORY,
  ],
};

export function isPermitted(caller: Caller, rule: PermissionRule): boolean {
  const held = new Set(
    (caller.principalType === 'User' ? caller.scopes : caller.roles).map(p =>
      p.toLowerCase(),
    ),
  );
  const wanted =
    caller.principalType === 'User' ? rule.delegated : rule.application;
  return wanted.some(p => held.has(p.toLowerCase()));
}
