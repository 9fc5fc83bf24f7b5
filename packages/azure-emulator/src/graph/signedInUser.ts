/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryUser } from '../state/model';
import { badRequest, resourceNotFound } from './graphErrors';
import type { GraphCall } from './graphPipeline';
import { findUser } from './directoryObjects';

/** The user `/me` names: only a delegated (user) token has one. */
export function signedInUser(
  state: EmulatorState,
  call: GraphCall,
): DirectoryUser {
  if (call.caller.principalType !== 'User') {
    throw badRequest(
      '/me request is only valid with delegated authentication flow.',
    );
  }
  const user = findUser(state, call.tenant.id, call.caller.objectId);
  if (!user) throw resourceNotFound(call.caller.objectId);
  return user;
}

/** A user of the caller's tenant by id or UPN; 404 if there is none. */
export function userById(
  state: EmulatorState,
  call: GraphCall,
  idOrUpn: string,
): DirectoryUser {
  const user = findUser(state, call.tenant.id, idOrUpn);
  if (!user) throw resourceNotFound(idOrUpn);
  return user;
}
