/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  AccessDoctorReport,
  AzureMlAccessMap,
  AzureMlAuditEvent,
  AzureMlAuditFilter,
  AzureMlAuditVerification,
  AzureMlCompute,
  AzureMlDataAsset,
  AzureMlEndpointTrafficUpdate,
  AzureMlEnvironment,
  AzureMlJob,
  AzureMlJobFilter,
  AzureMlJobMetrics,
  AzureMlLeastPrivilegeReport,
  AzureMlModelContainer,
  AzureMlModelVersion,
  AzureMlModelVersionDetail,
  AzureMlOnlineEndpoint,
  AzureMlOnlineEndpointSummary,
  AzureMlWorkspace,
  AzureMlWorkspaceAccess,
  AzureMlWorkspaceList,
  IdentityContext,
  Page,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * Which page of a list to get.
 *
 * @public
 */
export interface AzureMlPageRequest {
  /** The `nextPageToken` of the previous page; the first page when absent. */
  pageToken?: string;
}

/**
 * Filters and paging of the job list. Every filter that is set must match.
 *
 * @public
 */
export interface AzureMlJobListRequest
  extends AzureMlJobFilter,
    AzureMlPageRequest {}

/**
 * Which metric histories of a job to get, and how finely.
 *
 * @public
 */
export interface AzureMlJobMetricsRequest {
  /**
   * The most points per series, from 2 to 5000; longer histories are
   * downsampled to it.
   *
   * @defaultValue 500, the backend's default
   */
  maxPoints?: number;
  /** The metric names to get; all metrics when absent or empty. */
  keys?: string[];
}

/**
 * Where to check access: the workspace, or one of its online endpoints.
 *
 * @public
 */
export interface AzureMlAccessRequest {
  /** Check the endpoint's features (traffic) on this online endpoint. */
  endpointName?: string;
}

/**
 * Whom the access doctor examines: `me` (the signed-in user), `service`
 * (the portal's own service identity) or `user:<Entra object id>` (another
 * user). The last two need the Backstage permission
 * `azureMl.access.diagnose.others`; the backend refuses them with a 403
 * otherwise.
 *
 * @public
 */
export type AzureMlAccessDoctorSubject = 'me' | 'service' | `user:${string}`;

/**
 * What the access doctor is asked to examine.
 *
 * @public
 */
export interface AzureMlAccessDoctorRequest {
  /** The Azure Resource Manager id of the workspace to check access to. */
  workspaceId: string;
  /**
   * Whom to examine.
   *
   * @defaultValue `me`, the backend's default
   */
  subject?: AzureMlAccessDoctorSubject;
  /**
   * The Azure RBAC action (or Backstage permission) a refusal named, when
   * the doctor was opened from one; the report then names it.
   */
  action?: string;
}

/**
 * What the least-privilege advisor is asked about: a workspace and the
 * window of its audit log and Activity Log to read.
 *
 * @public
 */
export interface AzureMlLeastPrivilegeRequest {
  /** The Azure Resource Manager id of the workspace to advise on. */
  workspaceId: string;
  /**
   * The window's start, ISO 8601 (inclusive).
   *
   * @defaultValue 30 days before `to`, the backend's default
   */
  from?: string;
  /**
   * The window's end, ISO 8601 (exclusive); at most 90 days after `from`.
   *
   * @defaultValue now, the backend's default
   */
  to?: string;
}

/**
 * Filters and paging of the audit log. Every filter that is set must match.
 *
 * @public
 */
export interface AzureMlAuditListRequest
  extends AzureMlAuditFilter,
    AzureMlPageRequest {
  /**
   * Events per page, from 1 to 1000.
   *
   * @defaultValue 100, the backend's default
   */
  limit?: number;
}

/**
 * The file formats the audit log exports to: NDJSON (one event as JSON per
 * line) or CSV.
 *
 * @public
 */
export type AzureMlAuditExportFormat = 'ndjson' | 'csv';

/**
 * An export of the audit log, downloaded with Backstage's credentials, for
 * the browser to save.
 *
 * @public
 */
export interface AzureMlAuditExport {
  /** The file name the backend gave, for example `azure-ml-audit-2026-04-01.csv`. */
  fileName: string;
  /** The file's content. */
  blob: Blob;
}

/**
 * The Azure Machine Learning API of the portal: every call is made as the
 * signed-in user, who must be allowed by Backstage permissions and by Azure
 * role-based access control. Failures are thrown as `ResponseError` from
 * `@backstage/errors`, carrying the backend's status and message.
 *
 * @public
 */
export interface AzureMlApi {
  /** Describes the identity the portal calls Azure as for the signed-in user (never the token itself). */
  getIdentityContext(): Promise<IdentityContext>;

  /** Lists the workspaces the user can see across the configured subscriptions. */
  listWorkspaces(): Promise<AzureMlWorkspaceList>;

  /** Gets one workspace. */
  getWorkspace(workspace: WorkspaceRef): Promise<AzureMlWorkspace>;

  /** Lists one page of a workspace's jobs, newest first, filtered as asked. */
  listJobs(
    workspace: WorkspaceRef,
    request?: AzureMlJobListRequest,
  ): Promise<Page<AzureMlJob>>;

  /** Gets one job. */
  getJob(workspace: WorkspaceRef, jobName: string): Promise<AzureMlJob>;

  /** Asks Azure to cancel a job; resolves with the job as it is once the request was accepted. */
  cancelJob(workspace: WorkspaceRef, jobName: string): Promise<AzureMlJob>;

  /** Gets the metric histories of a job. */
  getJobMetrics(
    workspace: WorkspaceRef,
    jobName: string,
    request?: AzureMlJobMetricsRequest,
  ): Promise<AzureMlJobMetrics>;

  /** Lists one page of a workspace's registered models. */
  listModels(
    workspace: WorkspaceRef,
    request?: AzureMlPageRequest,
  ): Promise<Page<AzureMlModelContainer>>;

  /** Lists one page of the versions of a registered model. */
  listModelVersions(
    workspace: WorkspaceRef,
    modelName: string,
    request?: AzureMlPageRequest,
  ): Promise<Page<AzureMlModelVersion>>;

  /** Gets one model version with the job that produced it (its lineage). */
  getModelVersion(
    workspace: WorkspaceRef,
    modelName: string,
    version: string,
  ): Promise<AzureMlModelVersionDetail>;

  /** Lists one page of a workspace's online endpoints. */
  listEndpoints(
    workspace: WorkspaceRef,
    request?: AzureMlPageRequest,
  ): Promise<Page<AzureMlOnlineEndpointSummary>>;

  /** Gets one online endpoint with its deployments. */
  getEndpoint(
    workspace: WorkspaceRef,
    endpointName: string,
  ): Promise<AzureMlOnlineEndpoint>;

  /** Sets how an endpoint's traffic is split between its deployments; resolves with the endpoint once Azure accepted the change. */
  updateEndpointTraffic(
    workspace: WorkspaceRef,
    endpointName: string,
    update: AzureMlEndpointTrafficUpdate,
  ): Promise<AzureMlOnlineEndpoint>;

  /** Lists one page of a workspace's data asset versions. */
  listDataAssets(
    workspace: WorkspaceRef,
    request?: AzureMlPageRequest,
  ): Promise<Page<AzureMlDataAsset>>;

  /** Lists one page of a workspace's environments, each as its latest version. */
  listEnvironments(
    workspace: WorkspaceRef,
    request?: AzureMlPageRequest,
  ): Promise<Page<AzureMlEnvironment>>;

  /**
   * Tells which portal actions the user may take in a workspace, or on one
   * of its online endpoints, and why not: checked against both the Backstage
   * permission policy and the user's effective Azure permissions.
   */
  getAccess(
    workspace: WorkspaceRef,
    request?: AzureMlAccessRequest,
  ): Promise<AzureMlWorkspaceAccess>;

  /**
   * Who can do what in a workspace: the people and groups holding a
   * project role there and the portal features it allows, their Azure role
   * assignments (read as the user, inherited ones and their groups'
   * included), and where the two disagree, both ways.
   */
  getAccessMap(workspace: WorkspaceRef): Promise<AzureMlAccessMap>;

  /**
   * Runs the access doctor on a workspace: every check between the subject
   * and the workspace (sign-in token, consent, guest account, Azure RBAC,
   * Backstage permissions, the service identity), each with its verdict,
   * evidence and fix.
   *
   * @throws `InvalidResourceIdError` when `workspaceId` is not a
   *   workspace's ARM id, sending nothing.
   */
  getAccessDoctorReport(
    request: AzureMlAccessDoctorRequest,
  ): Promise<AccessDoctorReport>;

  /**
   * Advises on least privilege in a workspace: the Azure actions each group
   * used over the window, a custom role covering exactly them, and what the
   * current role assignments grant beyond that. Needs the Backstage
   * permission `azureMl.audit.read`.
   *
   * @throws `InvalidResourceIdError` when `workspaceId` is not a
   *   workspace's ARM id, sending nothing.
   */
  getLeastPrivilege(
    request: AzureMlLeastPrivilegeRequest,
  ): Promise<AzureMlLeastPrivilegeReport>;

  /** Lists one page of a workspace's compute targets. */
  listComputes(
    workspace: WorkspaceRef,
    request?: AzureMlPageRequest,
  ): Promise<Page<AzureMlCompute>>;

  /**
   * Lists one page of the audit log, newest first, filtered as asked. Needs
   * the Backstage permission `azureMl.audit.read`, but no Azure sign-in: the
   * log is the portal's own.
   */
  listAuditEvents(
    request?: AzureMlAuditListRequest,
  ): Promise<Page<AzureMlAuditEvent>>;

  /** Walks the audit log's hash chain and reports the first broken link, if any. */
  verifyAuditLog(): Promise<AzureMlAuditVerification>;

  /** Downloads every audit event that matches the filter, oldest first, as one file. */
  exportAuditEvents(
    filter: AzureMlAuditFilter,
    format: AzureMlAuditExportFormat,
  ): Promise<AzureMlAuditExport>;
}

/**
 * The reference to the {@link AzureMlApi}, to get it with `useApi` or to
 * replace its implementation.
 *
 * @public
 */
export const azureMlApiRef = createApiRef<AzureMlApi>().with({
  id: 'plugin.azure-ml.service',
  pluginId: 'azure-ml',
});
