/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { Tenant } from '../state/model';
import type { GraphEntityType, GraphObject } from './graphObject';

const DAY_MS = 24 * 3600 * 1000;

export const ORGANIZATION_TYPE: GraphEntityType = {
  name: 'microsoft.graph.organization',
  entitySet: 'organization',
  properties: {
    id: 'string',
    deletedDateTime: 'dateTime',
    businessPhones: 'collection',
    city: 'string',
    country: 'string',
    countryLetterCode: 'string',
    createdDateTime: 'dateTime',
    displayName: 'string',
    onPremisesSyncEnabled: 'boolean',
    postalCode: 'string',
    preferredLanguage: 'string',
    state: 'string',
    street: 'string',
    technicalNotificationMails: 'collection',
    tenantType: 'string',
    assignedPlans: 'collection',
    verifiedDomains: 'collection',
  },
  defaultSelect: [],
  navigations: [],
  searchable: [],
};
ORGANIZATION_TYPE.defaultSelect = Object.keys(ORGANIZATION_TYPE.properties);

/** The tenant as Graph's `organization` resource. */
export function organizationObject(
  state: EmulatorState,
  tenant: Tenant,
): GraphObject {
  return {
    type: ORGANIZATION_TYPE,
    properties: {
      id: tenant.id,
      deletedDateTime: null,
      businessPhones: [],
      city: null,
      country: null,
      countryLetterCode: 'NL',
      createdDateTime: new Date(state.epochMs - 1000 * DAY_MS)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z'),
      displayName: tenant.displayName,
      onPremisesSyncEnabled: null,
      postalCode: null,
      preferredLanguage: 'en',
      state: null,
      street: null,
      technicalNotificationMails: [],
      tenantType: 'AAD',
      assignedPlans: [],
      verifiedDomains: [
        {
          capabilities: 'Email, OfficeCommunicationsOnline',
          isDefault: true,
          isInitial: true,
          name: tenant.domain,
          type: 'Managed',
        },
      ],
    },
  };
}
