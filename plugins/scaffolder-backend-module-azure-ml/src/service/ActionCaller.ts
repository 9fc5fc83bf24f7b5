/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_USER_TOKEN_SECRET } from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  UserTokenValidator,
  ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { AuthenticationError } from '@backstage/errors';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';

/**
 * Who runs a template step: the Backstage user who started the task and the
 * Entra identity their forwarded token stands for.
 *
 * @internal
 */
export type ActionCaller = {
  /** The task initiator's Backstage credentials, for permission checks. */
  credentials: BackstageCredentials;
  /** The initiator as an entity ref, when the task was started by a user. */
  userEntityRef?: string;
  /** The user's validated Entra token for the portal API. */
  user: ValidatedUserToken;
};

/** The subset of an action context a caller is read from. */
export type CallerSource = Pick<
  ActionContext<any, any>,
  'secrets' | 'getInitiatorCredentials' | 'user'
>;

/**
 * Reads who runs a step: the user's Entra token from the task secret
 * {@link AZURE_ML_USER_TOKEN_SECRET} (validated as the backend plugin
 * validates it: signature, issuer, audience, tenant, lifetime) and the task
 * initiator's Backstage credentials.
 *
 * @throws AuthenticationError naming the secret when there is no token, or
 *   saying what is wrong with it.
 * @internal
 */
export async function readActionCaller(
  ctx: CallerSource,
  validator: UserTokenValidator,
): Promise<ActionCaller> {
  const token = ctx.secrets?.[AZURE_ML_USER_TOKEN_SECRET];
  if (!token) {
    throw new AuthenticationError(
      `The task has no secret '${AZURE_ML_USER_TOKEN_SECRET}': the Azure ML template actions act as the user who runs the template, with their Microsoft Entra token. Add an Azure ML field (for example the workspace picker) that requests it to the template's form, and sign in with Microsoft when it asks`,
    );
  }
  const user = await validator.validate(token);
  const credentials = await ctx.getInitiatorCredentials();
  const principal = credentials.principal as { userEntityRef?: unknown };
  const userEntityRef =
    typeof principal?.userEntityRef === 'string'
      ? principal.userEntityRef
      : ctx.user?.ref;
  return { credentials, userEntityRef, user };
}
