/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuthorizationManagementClient } from '@azure/arm-authorization';
import {
  getContinuationToken,
  type AzureMachineLearningWorkspaces,
} from '@azure/arm-machinelearning';
import {
  studioPageUrl,
  workspaceId,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { ArmPageToken } from './ArmPageToken';
import type {
  DelegatedAzureMlClient,
  RenewableCredential,
} from './AzureMlClients';
import { callAzure } from './callAzure';

/**
 * One page of ARM items and the token of the next page.
 *
 * @internal
 */
export type ArmPage<T> = { items: T[]; nextPageToken?: string };

/** What the SDK's `list` methods return, as far as paging needs it. */
type ArmPages<T> = {
  byPage(settings: { continuationToken?: string }): AsyncIterator<T[]>;
};

/** Work with a client in the session's workspace. */
type InWorkspace<C, R> = (
  client: C,
  resourceGroup: string,
  workspaceName: string,
) => R;

/**
 * One user's access to one workspace for the length of a request: the
 * Azure ML client acting as the user in the workspace's tenant, with paging
 * and Studio links for that workspace.
 *
 * @internal
 */
export class WorkspaceSession {
  readonly user: ValidatedUserToken;
  readonly workspace: WorkspaceRef;
  /** The workspace's ARM id. */
  readonly id: string;
  /** The tenant the workspace's subscription belongs to. */
  readonly tenantId: string;
  readonly #azure: DelegatedAzureMlClient;
  readonly #pageTokens: ArmPageToken;
  readonly #studio: string;

  constructor(options: {
    user: ValidatedUserToken;
    workspace: WorkspaceRef;
    tenantId: string;
    azure: DelegatedAzureMlClient;
    pageTokens: ArmPageToken;
    studio: string;
  }) {
    this.user = options.user;
    this.workspace = options.workspace;
    this.id = workspaceId(options.workspace);
    this.tenantId = options.tenantId;
    this.#azure = options.azure;
    this.#pageTokens = options.pageTokens;
    this.#studio = options.studio;
  }

  /** Calls Azure ML as the user; see {@link callAzure}. */
  call<T>(
    what: string,
    fn: InWorkspace<AzureMachineLearningWorkspaces, Promise<T>>,
  ): Promise<T> {
    return this.#callArm('client', what, fn);
  }

  /**
   * Calls Microsoft.Authorization as the user, with the same credential as
   * {@link WorkspaceSession.call} and the same handling of failures.
   */
  callAuthorization<T>(
    what: string,
    fn: InWorkspace<AuthorizationManagementClient, Promise<T>>,
  ): Promise<T> {
    return this.#callArm('authorization', what, fn);
  }

  /** Calls one of the user's ARM clients in this workspace. */
  #callArm<K extends 'client' | 'authorization', T>(
    client: K,
    what: string,
    fn: InWorkspace<DelegatedAzureMlClient[K], Promise<T>>,
  ): Promise<T> {
    const { resourceGroup, workspaceName } = this.workspace;
    return callAzure(this.#azure, what, () =>
      fn(this.#azure[client], resourceGroup, workspaceName),
    );
  }

  /**
   * One page of a workspace collection, such as `jobs`: the first, or the one
   * `pageToken` points at (checked to be a page of that collection).
   */
  async page<T>(
    what: string,
    collection: string,
    pageToken: string | undefined,
    list: InWorkspace<AzureMachineLearningWorkspaces, ArmPages<T>>,
  ): Promise<ArmPage<T>> {
    const continuationToken =
      pageToken === undefined
        ? undefined
        : this.#pageTokens.decode(pageToken, `${this.id}/${collection}`);
    const items = await this.call(what, async (client, rg, ws) => {
      const pages = list(client, rg, ws).byPage({ continuationToken });
      const { value } = await pages.next();
      return (value ?? []) as T[];
    });
    const nextLink = getContinuationToken(items);
    return nextLink
      ? { items, nextPageToken: this.#pageTokens.encode(nextLink) }
      : { items };
  }

  /**
   * Calls the Azure ML data plane (MLflow) with the user's credential for it;
   * as {@link WorkspaceSession.call}, a 401 renews the token once.
   */
  callDataPlane<T>(
    what: string,
    fn: (credential: RenewableCredential) => Promise<T>,
  ): Promise<T> {
    const credential = this.#azure.machineLearning;
    return callAzure(credential, what, () => fn(credential));
  }

  /** The Studio page at `path` (e.g. `runs/my_job`) of this workspace. */
  studioUrl(path: string): string {
    return studioPageUrl({
      studio: this.#studio,
      path,
      workspaceId: this.id,
      tenantId: this.tenantId,
    });
  }
}
