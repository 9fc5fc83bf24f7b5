/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Caller } from '../../server/authenticateCaller';
import type { EmulatorState } from '../../state/EmulatorState';
import type { SystemData } from '../../state/model';

type Actor = { name: string; type: SystemData['createdByType'] };

/**
 * Who a caller is in `systemData`. Azure ML's assets name a user by display
 * name (the workspace's ARM record uses the UPN, see `armActorOf`).
 */
export function mlActorOf(state: EmulatorState, caller: Caller): Actor {
  if (caller.principalType === 'User') {
    const user = state.users.get(caller.objectId);
    return { name: user?.displayName ?? caller.displayName, type: 'User' };
  }
  return { name: caller.appId || caller.displayName, type: 'Application' };
}

/** The caller as ARM itself records it: UPN for users, app id for apps. */
export function armActorOf(caller: Caller): Actor {
  return caller.principalType === 'User'
    ? { name: caller.displayName, type: 'User' }
    : { name: caller.appId || caller.displayName, type: 'Application' };
}

/** `systemData` of a resource created by `actor` at `atMs`. */
export function createdBy(actor: Actor, atMs: number): SystemData {
  const at = new Date(atMs).toISOString();
  return {
    createdAt: at,
    createdBy: actor.name,
    createdByType: actor.type,
    lastModifiedAt: at,
    lastModifiedBy: actor.name,
    lastModifiedByType: actor.type,
  };
}

/** `systemData` after `actor` changed the resource at `atMs`. */
export function modifiedBy(
  previous: SystemData | undefined,
  actor: Actor,
  atMs: number,
): SystemData {
  const now = createdBy(actor, atMs);
  if (!previous) return now;
  return {
    ...previous,
    lastModifiedAt: now.lastModifiedAt,
    lastModifiedBy: now.lastModifiedBy,
    lastModifiedByType: now.lastModifiedByType,
  };
}
