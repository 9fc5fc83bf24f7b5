/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlLeastPrivilegeSubject,
  AzureMlPrincipalPrivileges,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { entityRefName } from '../AccessMapPage/accessMapVocabulary';

/**
 * Whom a recommended role is for, in words: `Group team-vision`, or for a
 * principal in no catalog group its user's name, Azure's name for it, or
 * its object id.
 *
 * @internal
 */
export function subjectTitle(subject: AzureMlLeastPrivilegeSubject): string {
  if (subject.kind === 'group') {
    return `Group ${
      subject.entityRef ? entityRefName(subject.entityRef) : subject.objectId
    }`;
  }
  const name = subject.entityRef
    ? entityRefName(subject.entityRef)
    : subject.name ?? subject.objectId ?? 'Unknown caller';
  return `${name} (in no catalog group)`;
}

/**
 * Who holds an assignment, in words: the catalog entity's name with its
 * principal type, or the principal type and object id when the catalog
 * does not know it.
 *
 * @internal
 */
export function assigneeTitle(principal: AzureMlPrincipalPrivileges): string {
  return principal.entityRef
    ? `${entityRefName(principal.entityRef)} (${principal.principalType})`
    : `${principal.principalType} ${principal.principalId}`;
}

/**
 * Whose usage an assignee is compared with, in words: the groups' names, or
 * its own object id when it is in no group.
 *
 * @internal
 */
export function comparedWithWords(
  principal: AzureMlPrincipalPrivileges,
): string {
  if (principal.comparedWith.length === 0) return 'nobody';
  return principal.comparedWith
    .map(ref =>
      ref === principal.principalId ? 'its own activity' : entityRefName(ref),
    )
    .join(', ');
}
