/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditAction,
  AzureMlAuditActor,
  AzureMlAuditOutcome,
  AzureMlAuditSource,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * What each audit action is called on screen, in the order filters list
 * them; typed as a record so a new action fails to compile until it has one.
 *
 * @internal
 */
export const auditActionLabels: Record<AzureMlAuditAction, string> = {
  'job.cancel': 'Cancel job',
  'job.submit': 'Submit job',
  'endpoint.traffic.update': 'Update endpoint traffic',
  'endpoint.deployment.create': 'Create endpoint deployment',
  'model.register': 'Register model',
  'data.register': 'Register data',
  'environment.create': 'Create environment',
  'identity.federate': 'Federate identity',
  'template.run': 'Run software template',
  'catalog.refresh': 'Refresh catalog',
  'azure.activity': 'Action in Azure',
  'audit.prune': 'Prune audit log',
};

/**
 * What each outcome is called on screen.
 *
 * @internal
 */
export const auditOutcomeLabels: Record<AzureMlAuditOutcome, string> = {
  initiated: 'Initiated',
  succeeded: 'Succeeded',
  failed: 'Failed',
  denied: 'Denied',
};

/**
 * What each source is called on screen.
 *
 * @internal
 */
export const auditSourceLabels: Record<AzureMlAuditSource, string> = {
  portal: 'Portal',
  scaffolder: 'Software template',
  catalog: 'Catalog',
  'azure-activity-log': 'Azure Activity Log',
};

/**
 * The keys of a label record, in its order.
 *
 * @internal
 */
export function labelKeys<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

/**
 * Who acted, in one short phrase: the Backstage user, else the service,
 * else the Entra object id.
 *
 * @internal
 */
export function describeActor(actor: AzureMlAuditActor): string {
  return (
    actor.userEntityRef ?? actor.service ?? actor.objectId ?? 'Unknown actor'
  );
}

/**
 * The last segment of an Azure Resource Manager id (`job-1` of
 * `…/jobs/job-1`), to show where the full id does not fit.
 *
 * @internal
 */
export function resourceShortName(id: string): string {
  const segments = id.split('/').filter(Boolean);
  return segments[segments.length - 1] ?? id;
}
