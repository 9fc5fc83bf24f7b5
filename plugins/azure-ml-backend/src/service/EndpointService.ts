/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  OnlineDeployment,
  OnlineEndpoint,
} from '@azure/arm-machinelearning';
import type {
  AzureMlOnlineEndpoint,
  AzureMlOnlineEndpointSummary,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mapDeployment, mapEndpoint } from '../mappers';
import { checkTraffic } from './checkTraffic';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * Reads online endpoints and shifts their traffic as the signed-in user.
 *
 * @internal
 */
export class EndpointService {
  /** One page of the workspace's online endpoints, without deployments. */
  async list(
    session: WorkspaceSession,
    pageToken?: string,
  ): Promise<Page<AzureMlOnlineEndpointSummary>> {
    const page = await session.page<OnlineEndpoint>(
      `List online endpoints of workspace ${session.workspace.workspaceName}`,
      'onlineEndpoints',
      pageToken,
      (client, rg, ws) => client.onlineEndpoints.list(rg, ws),
    );
    return { ...page, items: page.items.map(e => mapEndpoint(e, session)) };
  }

  /** One endpoint with its deployments and traffic. */
  async get(
    session: WorkspaceSession,
    endpointName: string,
  ): Promise<AzureMlOnlineEndpoint> {
    const [endpoint, deployments] = await Promise.all([
      this.#read(session, endpointName),
      this.#deployments(session, endpointName),
    ]);
    return {
      ...mapEndpoint(endpoint, session),
      deployments: deployments.map(d => mapDeployment(d, endpointName)),
    };
  }

  /**
   * Sets the endpoint's traffic split after checking it against the
   * endpoint's deployments, and returns once Azure accepted the change, with
   * its correlation id. Deployments left out of `traffic` get 0.
   *
   * @throws InputError when the split is not whole percentages adding up to
   *   100 over existing deployments; nothing is sent to Azure then.
   */
  async updateTraffic(
    session: WorkspaceSession,
    endpointName: string,
    traffic: Record<string, number>,
  ): Promise<{ correlationId?: string }> {
    const [endpoint, deployments] = await Promise.all([
      this.#read(session, endpointName),
      this.#deployments(session, endpointName),
    ]);
    const split = checkTraffic(
      endpointName,
      traffic,
      deployments.map(d => d.name ?? ''),
    );
    let correlationId: string | undefined;
    await session.call(
      `Update traffic of online endpoint ${endpointName}`,
      (client, rg, ws) =>
        client.onlineEndpoints.beginCreateOrUpdate(
          rg,
          ws,
          endpointName,
          {
            ...endpoint,
            properties: { ...endpoint.properties, traffic: split },
          },
          {
            onResponse: response => {
              correlationId ??= response.headers.get(
                'x-ms-correlation-request-id',
              );
            },
          },
        ),
    );
    return { correlationId };
  }

  #read(session: WorkspaceSession, endpointName: string) {
    return session.call(
      `Read online endpoint ${endpointName}`,
      (client, rg, ws) => client.onlineEndpoints.get(rg, ws, endpointName),
    );
  }

  #deployments(
    session: WorkspaceSession,
    endpointName: string,
  ): Promise<OnlineDeployment[]> {
    return session.call(
      `List deployments of online endpoint ${endpointName}`,
      async (client, rg, ws) => {
        const all: OnlineDeployment[] = [];
        for await (const d of client.onlineDeployments.list(
          rg,
          ws,
          endpointName,
        )) {
          all.push(d);
        }
        return all;
      },
    );
  }
}
