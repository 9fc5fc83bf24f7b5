/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryGroup } from '../state/model';
import type { GraphEntityType } from './graphObject';

const DAY_MS = 24 * 3600 * 1000;

export const GROUP_TYPE: GraphEntityType = {
  name: 'microsoft.graph.group',
  entitySet: 'groups',
  properties: {
    id: 'string',
    deletedDateTime: 'dateTime',
    classification: 'string',
    createdDateTime: 'dateTime',
    creationOptions: 'collection',
    description: 'string',
    displayName: 'string',
    expirationDateTime: 'dateTime',
    groupTypes: 'collection',
    isAssignableToRole: 'boolean',
    mail: 'string',
    mailEnabled: 'boolean',
    mailNickname: 'string',
    membershipRule: 'string',
    membershipRuleProcessingState: 'string',
    onPremisesSyncEnabled: 'boolean',
    preferredDataLocation: 'string',
    preferredLanguage: 'string',
    proxyAddresses: 'collection',
    renewedDateTime: 'dateTime',
    resourceBehaviorOptions: 'collection',
    resourceProvisioningOptions: 'collection',
    securityEnabled: 'boolean',
    theme: 'string',
    visibility: 'string',
  },
  defaultSelect: [],
  navigations: ['members', 'transitiveMembers', 'memberOf'],
  searchable: ['displayName', 'description', 'mail', 'mailNickname'],
};
GROUP_TYPE.defaultSelect = Object.keys(GROUP_TYPE.properties);

/** Every property of a group: the demo's groups are security groups. */
export function groupProperties(
  state: EmulatorState,
  group: DirectoryGroup,
): Record<string, unknown> {
  const created = new Date(state.epochMs - 200 * DAY_MS)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');
  return {
    id: group.objectId,
    deletedDateTime: null,
    classification: null,
    createdDateTime: created,
    creationOptions: [],
    description: group.description,
    displayName: group.displayName,
    expirationDateTime: null,
    groupTypes: [],
    isAssignableToRole: null,
    mail: null,
    mailEnabled: false,
    mailNickname: group.mailNickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: [],
    renewedDateTime: created,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: [],
    securityEnabled: true,
    theme: null,
    visibility: null,
  };
}
