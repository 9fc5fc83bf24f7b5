/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryUser } from '../state/model';
import type { GraphEntityType } from './graphObject';

const DAY_MS = 24 * 3600 * 1000;

export const USER_TYPE: GraphEntityType = {
  name: 'microsoft.graph.user',
  entitySet: 'users',
  properties: {
    id: 'string',
    businessPhones: 'collection',
    displayName: 'string',
    givenName: 'string',
    jobTitle: 'string',
    mail: 'string',
    mobilePhone: 'string',
    officeLocation: 'string',
    preferredLanguage: 'string',
    surname: 'string',
    userPrincipalName: 'string',
    accountEnabled: 'boolean',
    userType: 'string',
    mailNickname: 'string',
    createdDateTime: 'dateTime',
    creationType: 'string',
    externalUserState: 'string',
    department: 'string',
    companyName: 'string',
    employeeId: 'string',
    usageLocation: 'string',
    otherMails: 'collection',
    proxyAddresses: 'collection',
  },
  // Graph v1.0's default user properties.
  defaultSelect: [
    'businessPhones',
    'displayName',
    'givenName',
    'jobTitle',
    'mail',
    'mobilePhone',
    'officeLocation',
    'preferredLanguage',
    'surname',
    'userPrincipalName',
    'id',
  ],
  navigations: ['memberOf', 'transitiveMemberOf', 'manager'],
  searchable: [
    'displayName',
    'givenName',
    'surname',
    'mail',
    'userPrincipalName',
    'mailNickname',
    'jobTitle',
  ],
};

/** Every property of a user, as Graph reports it. */
export function userProperties(
  state: EmulatorState,
  user: DirectoryUser,
): Record<string, unknown> {
  const guest = user.userType === 'Guest';
  return {
    id: user.objectId,
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    accountEnabled: true,
    userType: user.userType,
    mailNickname: user.userPrincipalName.split('@')[0].replace('#EXT#', ''),
    createdDateTime: new Date(state.epochMs - 365 * DAY_MS)
      .toISOString()
      .replace(/\.\d+Z$/, 'Z'),
    creationType: guest ? 'Invitation' : null,
    externalUserState: guest ? 'Accepted' : null,
    department: null,
    companyName: null,
    employeeId: null,
    usageLocation: null,
    otherMails: [],
    proxyAddresses: guest ? [] : [`SMTP:${user.mail}`],
  };
}
