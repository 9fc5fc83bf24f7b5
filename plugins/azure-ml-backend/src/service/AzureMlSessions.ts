/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { WorkspaceRef } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';
import { ArmPageToken } from './ArmPageToken';
import type { AzureMlClients, DelegatedAzureMlClient } from './AzureMlClients';
import type { WorkspaceDirectory } from './WorkspaceDirectory';
import { WorkspaceSession } from './WorkspaceSession';

/**
 * Opens a user's access to workspaces in configured subscriptions only, each
 * in the tenant its subscription belongs to.
 *
 * @internal
 */
export class AzureMlSessions {
  readonly #clients: AzureMlClients;
  readonly #directory: WorkspaceDirectory;
  readonly #pageTokens: ArmPageToken;
  readonly #studio: string;

  constructor(options: {
    clients: AzureMlClients;
    directory: WorkspaceDirectory;
    resourceManager: string;
    machineLearningStudio: string;
  }) {
    this.#clients = options.clients;
    this.#directory = options.directory;
    this.#pageTokens = new ArmPageToken(options.resourceManager);
    this.#studio = options.machineLearningStudio;
  }

  /** The configured subscriptions and their tenants. */
  get directory(): WorkspaceDirectory {
    return this.#directory;
  }

  /** The Azure ML studio URL of the cloud. */
  get studio(): string {
    return this.#studio;
  }

  /**
   * A session for one workspace.
   *
   * @throws NotFoundError when its subscription is not configured.
   */
  open(user: ValidatedUserToken, workspace: WorkspaceRef): WorkspaceSession {
    const tenantId = this.#directory.tenantOf(workspace.subscriptionId);
    return new WorkspaceSession({
      user,
      workspace,
      tenantId,
      azure: this.#clients.forUser(user, workspace.subscriptionId, tenantId),
      pageTokens: this.#pageTokens,
      studio: this.#studio,
    });
  }

  /** A client for a whole configured subscription, in its tenant. */
  forSubscription(
    user: ValidatedUserToken,
    subscriptionId: string,
  ): DelegatedAzureMlClient {
    const tenantId = this.#directory.tenantOf(subscriptionId);
    return this.#clients.forUser(user, subscriptionId, tenantId);
  }
}
