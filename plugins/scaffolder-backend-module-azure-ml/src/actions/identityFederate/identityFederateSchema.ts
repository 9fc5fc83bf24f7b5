/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Zod } from '../inputFields';

/** GitHub Actions' OIDC token issuer. */
export const GITHUB_ACTIONS_ISSUER =
  'https://token.actions.githubusercontent.com';
/** The audience Entra expects in federated tokens. */
export const ENTRA_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** A user-assigned managed identity's ARM id. */
export const USER_ASSIGNED_IDENTITY_ID =
  /^\/subscriptions\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\/resourceGroups\/([-\w.()]{0,89}[-\w()])\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/([a-zA-Z0-9][a-zA-Z0-9_-]{2,127})$/i;

/**
 * The input of `azure:identity:federate`.
 *
 * @internal
 */
export const identityFederateInput = (z: Zod) =>
  z
    .object({
      identity: z
        .string()
        .regex(USER_ASSIGNED_IDENTITY_ID, {
          message:
            'must be the ARM id of a user-assigned managed identity: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>',
        })
        .describe(
          'The ARM id of the user-assigned managed identity the CI signs in as',
        ),
      name: z
        .string()
        .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,119}$/, {
          message:
            'must be 3-120 letters, digits, "-" and "_", starting with a letter or digit',
        })
        .describe(
          'The name of the federated credential, e.g. <repository>-main',
        ),
      subject: z
        .string()
        .min(1)
        .max(600)
        .refine(s => s.trim() === s && s.length > 0, {
          message: 'must not start or end with whitespace',
        })
        .optional()
        .describe(
          "The subject of the CI's tokens, e.g. repo:<org>/<repo>:ref:refs/heads/main; built from repository when left out",
        ),
      repository: z
        .string()
        .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
          message: 'must be <owner>/<repository>',
        })
        .optional()
        .describe(
          'The GitHub repository (<owner>/<repository>) whose workflows may sign in, with branch, tag, environment or pullRequest',
        ),
      branch: z
        .string()
        .regex(/^[^\s:]+$/)
        .optional()
        .describe(
          'With repository: the branch (main when nothing else is given)',
        ),
      tag: z
        .string()
        .regex(/^[^\s:]+$/)
        .optional()
        .describe('With repository: a tag instead of a branch'),
      environment: z
        .string()
        .regex(/^[^\s:][^:]*$/)
        .optional()
        .describe('With repository: a GitHub deployment environment instead'),
      pullRequest: z
        .boolean()
        .optional()
        .describe('With repository: workflows of pull requests instead'),
      issuer: z
        .string()
        .url()
        .startsWith('https://', { message: 'must be an https URL' })
        .default(GITHUB_ACTIONS_ISSUER)
        .describe(`The token issuer; ${GITHUB_ACTIONS_ISSUER} by default`),
      audience: z
        .string()
        .min(1)
        .max(600)
        .default(ENTRA_TOKEN_EXCHANGE_AUDIENCE)
        .describe(`The audience; ${ENTRA_TOKEN_EXCHANGE_AUDIENCE} by default`),
    })
    .strict()
    .refine(i => Boolean(i.subject) !== Boolean(i.repository), {
      message: 'give either subject or repository',
      path: ['subject'],
    })
    .refine(
      i =>
        [i.branch, i.tag, i.environment, i.pullRequest].filter(Boolean)
          .length <= 1,
      {
        message: 'give at most one of branch, tag, environment and pullRequest',
        path: ['branch'],
      },
    )
    .refine(
      i =>
        i.repository ||
        [i.branch, i.tag, i.environment, i.pullRequest].every(v => !v),
      {
        message: 'branch, tag, environment and pullRequest go with repository',
        path: ['repository'],
      },
    );

/**
 * The output of `azure:identity:federate`: what a GitHub workflow's
 * `azure/login` step takes.
 *
 * @internal
 */
export const identityFederateOutput = (z: Zod) =>
  z.object({
    clientId: z
      .string()
      .describe("The identity's client id: azure/login's client-id"),
    tenantId: z
      .string()
      .describe("The identity's tenant: azure/login's tenant-id"),
    subscriptionId: z
      .string()
      .describe("The identity's subscription: azure/login's subscription-id"),
    principalId: z.string().describe("The identity's object (principal) id"),
    credentialId: z.string().describe('The ARM id of the federated credential'),
    credentialName: z.string().describe('The federated credential name'),
    subject: z.string().describe('The subject the credential trusts'),
    issuer: z.string().describe('The issuer the credential trusts'),
    created: z
      .boolean()
      .describe(
        'Whether the credential was created now (false when it existed already, alike)',
      ),
  });
