/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenCredential } from '@azure/core-auth';
import { WorkloadIdentityCredential } from '@azure/identity';
import type { AzureMlServiceIdentityConfig } from '../config';
import { authorityOptions } from './authorityOptions';
import { tokenFileProblems } from './tokenFileProblems';
import type {
  ServiceIdentityStrategy,
  ServiceIdentityStrategyContext,
} from './types';

/**
 * Mode `workload-identity`, the preferred one: workload identity federation.
 * The platform (a Kubernetes service account, for example) projects a token
 * into `tokenFilePath`; Entra trusts it through a federated credential of the
 * app registration `clientId`, so no secret is stored. Tokens are requested
 * in the tenant being called, where a multi-tenant app needs a service
 * principal.
 *
 * @public
 */
export class WorkloadIdentityStrategy implements ServiceIdentityStrategy {
  getCredential(
    identity: AzureMlServiceIdentityConfig,
    tenantId: string,
    ctx: ServiceIdentityStrategyContext,
  ): TokenCredential {
    if (identity.mode !== 'workload-identity') {
      throw new TypeError(
        `WorkloadIdentityStrategy serves mode 'workload-identity', not '${identity.mode}'`,
      );
    }
    // Every option is explicit, so AZURE_CLIENT_ID, AZURE_TENANT_ID and
    // AZURE_FEDERATED_TOKEN_FILE in the environment change nothing.
    return new WorkloadIdentityCredential({
      tenantId,
      clientId: identity.clientId,
      tokenFilePath: identity.tokenFilePath,
      ...authorityOptions(ctx.cloud),
    });
  }

  validate(identity: AzureMlServiceIdentityConfig): Error[] {
    return identity.mode === 'workload-identity'
      ? tokenFileProblems(identity.mode, identity.tokenFilePath)
      : [];
  }
}
