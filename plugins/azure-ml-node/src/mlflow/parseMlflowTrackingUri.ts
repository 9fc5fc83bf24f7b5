/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseWorkspaceId,
  workspaceId,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError, isError } from '@backstage/errors';

/**
 * Where one workspace's MLflow tracking server answers, from a tracking URI
 * {@link parseMlflowTrackingUri} accepted.
 *
 * @public
 */
export type MlflowTrackingTarget = {
  /** The data-plane host (with its port, if any), e.g. `westeurope.api.azureml.ms`. */
  host: string;
  /** The workspace the URI names. */
  workspace: WorkspaceRef;
  /** The base of MLflow's REST API: `https://{host}/mlflow/v1.0{workspaceId}/api/2.0/mlflow`. */
  apiBaseUrl: string;
};

const PREFIX = '/mlflow/v1.0';

/** `host[:port]` with https' default port dropped and the name lower-cased. */
function normalizeHost(host: string): { hostname: string; port: string } {
  const url = new URL(`https://${host}`);
  return { hostname: url.hostname, port: url.port };
}

/**
 * Checks a workspace's `mlFlowTrackingUri`
 * (`azureml://{host}/mlflow/v1.0/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/workspaces/{ws}`)
 * before any token is sent there: the host must be the cloud's Azure ML
 * data-plane host or one of its subdomains (regional hosts such as
 * `westeurope.api.azureml.ms`), and the path must name the workspace the
 * caller expects (compared without regard to case).
 *
 * @param trackingUri - The workspace's `mlFlowTrackingUri`.
 * @param expected - The workspace the caller reads, and the data-plane host
 *   of its cloud (`AzureCloudEndpoints.machineLearningDataPlaneHost`).
 * @throws `InputError` saying which part does not fit.
 * @public
 */
export function parseMlflowTrackingUri(
  trackingUri: string,
  expected: { workspace: WorkspaceRef; dataPlaneHost: string },
): MlflowTrackingTarget {
  const refuse = (reason: string) =>
    new InputError(
      `Refusing the MLflow tracking URI '${trackingUri}' of workspace '${expected.workspace.workspaceName}': ${reason}.`,
    );
  let url: URL;
  try {
    url = new URL(trackingUri);
  } catch {
    throw refuse('it is not a URI');
  }
  if (url.protocol !== 'azureml:') {
    throw refuse(`its scheme is '${url.protocol}', not 'azureml:'`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw refuse('it may not carry user info, a query or a fragment');
  }
  let actual: { hostname: string; port: string };
  let allowed: { hostname: string; port: string };
  try {
    actual = normalizeHost(url.host);
    allowed = normalizeHost(expected.dataPlaneHost);
  } catch {
    throw refuse(`its host '${url.host}' is not a valid host`);
  }
  const hostAllowed =
    actual.port === allowed.port &&
    (actual.hostname === allowed.hostname ||
      actual.hostname.endsWith(`.${allowed.hostname}`));
  if (!hostAllowed) {
    throw refuse(
      `its host '${url.host}' is not the Azure ML data-plane host '${expected.dataPlaneHost}' or a subdomain of it, so the portal will not send a token there`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.toLowerCase().startsWith(`${PREFIX}/`)) {
    throw refuse(`its path does not start with '${PREFIX}/subscriptions/'`);
  }
  let named: WorkspaceRef;
  try {
    named = parseWorkspaceId(
      decodeURIComponent(path.slice(PREFIX.length)),
    ).workspace;
  } catch (error) {
    throw refuse(
      `its path does not name a workspace (${
        isError(error) ? error.message : String(error)
      })`,
    );
  }
  const same =
    named.subscriptionId.toLowerCase() ===
      expected.workspace.subscriptionId.toLowerCase() &&
    named.resourceGroup.toLowerCase() ===
      expected.workspace.resourceGroup.toLowerCase() &&
    named.workspaceName.toLowerCase() ===
      expected.workspace.workspaceName.toLowerCase();
  if (!same) {
    throw refuse(
      `it names workspace '${workspaceId(named)}', not '${workspaceId(
        expected.workspace,
      )}'`,
    );
  }
  const host = `${actual.hostname}${actual.port ? `:${actual.port}` : ''}`;
  return {
    host,
    workspace: named,
    apiBaseUrl: `https://${host}${PREFIX}${workspaceId(named)}/api/2.0/mlflow`,
  };
}
