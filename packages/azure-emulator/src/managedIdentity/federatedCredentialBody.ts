/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ArmError } from '../server/errors';

/** The ARM type of a federated identity credential on a managed identity. */
export const FEDERATED_CREDENTIAL_TYPE =
  'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9-_]{2,119}$/;

/** Validates a federated credential name as Azure does. */
export function assertFederatedCredentialName(name: string) {
  if (!NAME.test(name)) {
    throw new ArmError(
      400,
      'BadRequest',
      `The federated identity credential name '${name}' is invalid. It must be 3 to 120 characters, start with a letter or digit, and contain only letters, digits, '-' and '_'.`,
    );
  }
}

/**
 * Reads `{ properties: { issuer, subject, audiences } }` from a request body,
 * with the checks Azure makes (https issuer, one audience, a subject).
 */
export function readFederatedCredentialProperties(body: any): {
  issuer: string;
  subject: string;
  audiences: string[];
} {
  const p = body?.properties;
  if (!p || typeof p !== 'object') {
    throw new ArmError(
      400,
      'BadRequest',
      'The request body must have properties.issuer, properties.subject and properties.audiences.',
    );
  }
  let issuer: URL;
  try {
    issuer = new URL(String(p.issuer));
  } catch {
    throw new ArmError(
      400,
      'BadRequest',
      `The issuer '${p.issuer}' is not a valid URL.`,
    );
  }
  if (issuer.protocol !== 'https:') {
    throw new ArmError(
      400,
      'BadRequest',
      `The issuer '${p.issuer}' must use https.`,
    );
  }
  if (
    typeof p.subject !== 'string' ||
    p.subject.trim() === '' ||
    p.subject.length > 600
  ) {
    throw new ArmError(
      400,
      'BadRequest',
      'The subject must be a non-empty string of at most 600 characters.',
    );
  }
  if (
    !Array.isArray(p.audiences) ||
    p.audiences.length !== 1 ||
    typeof p.audiences[0] !== 'string'
  ) {
    throw new ArmError(
      400,
      'BadRequest',
      "The audiences must be an array with exactly one value, usually 'api://AzureADTokenExchange'.",
    );
  }
  return {
    issuer: String(p.issuer),
    subject: p.subject,
    audiences: p.audiences,
  };
}
