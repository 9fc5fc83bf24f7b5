/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { FederatedIdentityCredential } from '@azure/arm-msi';
import { azureMlIdentityFederatePermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import type { UserAzure } from '../../service/UserAzureClients';
import { githubSubject } from './githubSubject';
import {
  USER_ASSIGNED_IDENTITY_ID,
  identityFederateInput,
  identityFederateOutput,
} from './identityFederateSchema';

/**
 * The id of the action that federates a managed identity with a CI.
 *
 * @public
 */
export const IDENTITY_FEDERATE_ACTION_ID = 'azure:identity:federate';

const EXAMPLE = `steps:
  - id: federate
    name: Let the repository's CI sign in to Azure
    action: ${IDENTITY_FEDERATE_ACTION_ID}
    input:
      identity: /subscriptions/<subscription>/resourceGroups/rg-vision/providers/Microsoft.ManagedIdentity/userAssignedIdentities/vision-ci-mi
      name: \${{ parameters.name }}-main
      repository: contoso/\${{ parameters.name }}
      branch: main
  # then, in the repository's workflow:
  #   - uses: azure/login@v2
  #     with:
  #       client-id: \${{ steps.federate.output.clientId }}
  #       tenant-id: \${{ steps.federate.output.tenantId }}
  #       subscription-id: \${{ steps.federate.output.subscriptionId }}`;

/** What the credential trusts. */
type Trust = { issuer: string; subject: string; audience: string };

/**
 * Whether the credential is there already, alike: then nothing is written.
 *
 * @throws ConflictError when the name or the issuer and subject are taken
 *   by a credential that trusts something else.
 */
function isAlreadyFederated(
  credentials: FederatedIdentityCredential[],
  name: string,
  trust: Trust,
): boolean {
  const sameName = credentials.find(
    c => c.name?.toLowerCase() === name.toLowerCase(),
  );
  const alike = (c: FederatedIdentityCredential) =>
    c.issuer === trust.issuer &&
    c.subject === trust.subject &&
    (c.audiences ?? []).length === 1 &&
    c.audiences?.[0] === trust.audience;
  if (sameName) {
    if (alike(sameName)) return true;
    throw new ConflictError(
      `The identity has a federated credential ${name} already, for issuer ${sameName.issuer} and subject ${sameName.subject}; it is not replaced, so choose another name`,
    );
  }
  const sameSubject = credentials.find(
    c => c.issuer === trust.issuer && c.subject === trust.subject,
  );
  if (sameSubject) {
    throw new ConflictError(
      `The identity's federated credential ${sameSubject.name} trusts issuer ${trust.issuer} and subject ${trust.subject} already; use it (name: ${sameSubject.name}) instead of a second one`,
    );
  }
  return false;
}

/** Reads the identity and its federated credentials, as the user. */
async function readIdentity(
  azure: UserAzure,
  resourceGroup: string,
  identityName: string,
) {
  const identity = await azure
    .call(`Read managed identity ${identityName}`, ({ msi }) =>
      msi.userAssignedIdentities.get(resourceGroup, identityName),
    )
    .catch(error => {
      if ((error as Error)?.name !== 'NotFoundError') throw error;
      throw new InputError(
        `There is no user-assigned managed identity ${identityName} in resource group ${resourceGroup}`,
      );
    });
  const credentials = await azure.call(
    `List the federated credentials of managed identity ${identityName}`,
    async ({ msi }) => {
      const all: FederatedIdentityCredential[] = [];
      for await (const c of msi.federatedIdentityCredentials.list(
        resourceGroup,
        identityName,
      )) {
        all.push(c);
      }
      return all;
    },
  );
  return { identity, credentials };
}

/**
 * `azure:identity:federate`: a federated identity credential on a
 * user-assigned managed identity, so a repository's CI (e.g. GitHub Actions)
 * signs in as the identity with OIDC and stores no secret.
 *
 * @internal
 */
export function createIdentityFederateAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: IDENTITY_FEDERATE_ACTION_ID,
    description:
      "Adds a federated identity credential to a user-assigned managed identity so that a repository's CI (GitHub Actions by default: repo:<org>/<repo>:ref:refs/heads/main) signs in to Azure with OIDC and no stored secret, as the user who runs the template (task secret azureMlUserToken); checks azureMl.identity.federate and records the attempt in the Azure ML audit log. Outputs the clientId, tenantId and subscriptionId azure/login takes.",
    supportsDryRun: true,
    examples: [
      {
        description: 'Federate an identity for GitHub Actions',
        example: EXAMPLE,
      },
    ],
    schema: { input: identityFederateInput, output: identityFederateOutput },
    async handler(ctx) {
      const input = parseActionInput(
        IDENTITY_FEDERATE_ACTION_ID,
        identityFederateInput(z),
        ctx.input,
      );
      const [, subscriptionId, resourceGroup, identityName] =
        USER_ASSIGNED_IDENTITY_ID.exec(input.identity)!;
      const trust: Trust = {
        issuer: input.issuer,
        subject:
          input.subject ??
          githubSubject({ ...input, repository: input.repository! }),
        audience: input.audience,
      };
      const caller = await runtime.caller(ctx);
      const credentialId = `${input.identity}/federatedIdentityCredentials/${input.name}`;
      const attempt = runtime.attempt(ctx, caller, {
        action: 'identity.federate',
        resourceId: credentialId,
        parameters: { identity: input.identity, name: input.name, ...trust },
      });
      await attempt.authorize(async () => ({
        permission: azureMlIdentityFederatePermission,
      }));
      const azure = runtime.azureFor(caller, subscriptionId);
      const { identity, credentials } = await readIdentity(
        azure,
        resourceGroup,
        identityName,
      );
      ctx.logger.info(
        `Read managed identity ${identityName} (client id ${identity.clientId})`,
      );
      const output = (created: boolean) => {
        ctx.output('clientId', identity.clientId ?? '');
        ctx.output('tenantId', identity.tenantId ?? azure.tenantId);
        ctx.output('subscriptionId', subscriptionId);
        ctx.output('principalId', identity.principalId ?? '');
        ctx.output('credentialId', credentialId);
        ctx.output('credentialName', input.name);
        ctx.output('subject', trust.subject);
        ctx.output('issuer', trust.issuer);
        ctx.output('created', created);
      };
      if (isAlreadyFederated(credentials, input.name, trust)) {
        ctx.logger.info(
          `Managed identity ${identityName} trusts ${trust.subject} already (credential ${input.name}); nothing to change`,
        );
        output(false);
        return;
      }
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would let ${trust.subject} (issuer ${trust.issuer}) sign in as managed identity ${identityName}; nothing was written`,
        );
        output(false);
        return;
      }
      ctx.logger.info(
        `Letting ${trust.subject} (issuer ${
          trust.issuer
        }) sign in as managed identity ${identityName}, as ${
          caller.user.userPrincipalName ?? caller.user.objectId
        }`,
      );
      await attempt.run(async () => {
        let correlationId: string | undefined;
        await azure.call(
          `Add federated credential ${input.name} to managed identity ${identityName}`,
          ({ msi }) =>
            msi.federatedIdentityCredentials.createOrUpdate(
              resourceGroup,
              identityName,
              input.name,
              {
                issuer: trust.issuer,
                subject: trust.subject,
                audiences: [trust.audience],
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
        return { result: undefined, correlationId };
      });
      ctx.logger.info(
        `Added federated credential ${input.name}: its CI signs in with client id ${identity.clientId}, tenant ${identity.tenantId} and subscription ${subscriptionId}`,
      );
      output(true);
    },
  });
}
