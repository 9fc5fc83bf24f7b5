/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Workspace } from '@azure/arm-machinelearning';
import type {
  AzureMlWorkspace,
  AzureMlWorkspaceList,
  UnavailableSubscription,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ValidatedUserToken } from '@azure-ml-backstage/plugin-azure-ml-node';
import { isError } from '@backstage/errors';
import { mapWorkspace } from '../mappers';
import type { AzureMlSessions } from './AzureMlSessions';
import { callAzure } from './callAzure';
import type { ConfiguredSubscription } from './WorkspaceDirectory';
import type { WorkspaceSession } from './WorkspaceSession';

/** ARM pages read per subscription at most (100 workspaces a page). */
const MAX_PAGES = 20;

const STATUS_BY_ERROR: Record<string, number> = {
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
};

/**
 * Lists and reads Azure ML workspaces as the signed-in user.
 *
 * @internal
 */
export class WorkspaceService {
  readonly #sessions: AzureMlSessions;

  constructor(sessions: AzureMlSessions) {
    this.#sessions = sessions;
  }

  /**
   * The workspaces the user can see in every configured subscription. A
   * subscription that fails is reported in `unavailable`; the others are
   * still listed.
   */
  async list(user: ValidatedUserToken): Promise<AzureMlWorkspaceList> {
    const results = await Promise.all(
      this.#sessions.directory
        .subscriptions()
        .map(subscription => this.#listIn(user, subscription)),
    );
    return {
      items: results.flatMap(r => r.items),
      unavailable: results.flatMap(r => (r.unavailable ? [r.unavailable] : [])),
    };
  }

  /** The session's workspace. */
  async get(session: WorkspaceSession): Promise<AzureMlWorkspace> {
    const workspace = await session.call(
      `Read workspace ${session.workspace.workspaceName}`,
      (client, rg, ws) => client.workspaces.get(rg, ws),
    );
    return mapWorkspace(workspace, session.tenantId, this.#sessions.studio);
  }

  async #listIn(
    user: ValidatedUserToken,
    { subscriptionId, tenantId }: ConfiguredSubscription,
  ): Promise<{
    items: AzureMlWorkspace[];
    unavailable?: UnavailableSubscription;
  }> {
    const azure = this.#sessions.forSubscription(user, subscriptionId);
    try {
      const workspaces = await callAzure(
        azure,
        `List workspaces of subscription ${subscriptionId}`,
        async () => {
          const all: Workspace[] = [];
          let pages = 0;
          for await (const page of azure.client.workspaces
            .listBySubscription()
            .byPage()) {
            all.push(...page);
            if (++pages >= MAX_PAGES) break;
          }
          return all;
        },
      );
      const items = workspaces
        .map(w => mapWorkspace(w, tenantId, this.#sessions.studio))
        .sort((a, b) => a.name.localeCompare(b.name));
      return { items };
    } catch (error) {
      if (!isError(error)) throw error;
      return {
        items: [],
        unavailable: {
          subscriptionId,
          tenantId,
          status: STATUS_BY_ERROR[error.name] ?? 503,
          message: error.message,
        },
      };
    }
  }
}
