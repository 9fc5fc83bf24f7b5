/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { stringifyError } from '@backstage/errors';
import type { AzureMlCatalogProviderConfig } from '../config';
import type { AuditEventPost } from './AuditEventsClient';

/**
 * The one workspace a refresh (on a workspace asset change) re-read.
 *
 * @internal
 */
export type WorkspaceRefreshScope = {
  /** The workspace's ARM id. */
  workspaceId: string;
  /** Its subscription, as the provider's config spells it. */
  subscriptionId: string;
};

/**
 * What one provider run did, for its audit event.
 *
 * @internal
 */
export type CatalogRunReport = {
  config: AzureMlCatalogProviderConfig;
  /** The workspace, when the run was the refresh of one (a `delta` mutation). */
  workspace?: WorkspaceRefreshScope;
  /** Entities read (and applied, when the run succeeded). */
  entities: number;
  /** HTTP requests sent to Azure Resource Manager, retries included. */
  armRequests: number;
  durationMs: number;
  /** The scopes that could not be read: the run then applied nothing. */
  failures: { scope: string; error: unknown }[];
  /** What stopped the run, when something did. */
  error?: unknown;
};

/**
 * The `catalog.refresh` audit event of one provider run: its scope (the
 * provider, tenant, subscriptions and filters, or the one workspace a
 * refresh re-read), what it read and how many ARM requests that took, and
 * whether its mutation was applied.
 *
 * @internal
 */
export function catalogRefreshEvent(report: CatalogRunReport): AuditEventPost {
  const { config, workspace, failures, error } = report;
  const subscriptions = workspace
    ? [workspace.subscriptionId]
    : config.subscriptions;
  let target: Pick<AuditEventPost, 'targetResourceId' | 'workspaceId'> = {};
  if (workspace) {
    target = {
      targetResourceId: workspace.workspaceId,
      workspaceId: workspace.workspaceId,
    };
  } else if (subscriptions.length === 1) {
    target = { targetResourceId: `/subscriptions/${subscriptions[0]}` };
  }
  const event: AuditEventPost = {
    source: 'catalog',
    actor: { service: 'plugin:catalog' },
    action: 'catalog.refresh',
    outcome: 'succeeded',
    ...target,
    parameters: {
      provider: config.id,
      tenantId: config.tenantId,
      subscriptions,
      ...(workspace
        ? { workspaceId: workspace.workspaceId, mutation: 'delta' }
        : {}),
      ...(config.resourceGroups
        ? { resourceGroups: config.resourceGroups }
        : {}),
      ...(config.workspaces ? { workspaces: config.workspaces } : {}),
      ...(config.workspaceTag
        ? {
            workspaceTag: `${config.workspaceTag.key}=${config.workspaceTag.value}`,
          }
        : {}),
      entities: report.entities,
      armRequests: report.armRequests,
      durationMs: report.durationMs,
      ...(failures.length > 0
        ? { failedScopes: failures.map(f => f.scope) }
        : {}),
    },
  };
  if (error !== undefined) {
    return {
      ...event,
      outcome: 'failed',
      errorCode: (error as Error)?.name ?? 'Error',
      message: `The catalog run failed: ${stringifyError(error)}`,
    };
  }
  if (failures.length > 0) {
    return {
      ...event,
      outcome: 'failed',
      errorCode: 'IncompleteRead',
      message: `Applied no catalog mutation: ${
        failures.length
      } scope(s) could not be read: ${failures
        .map(f => `${f.scope}: ${stringifyError(f.error)}`)
        .join('; ')}`,
    };
  }
  return event;
}
