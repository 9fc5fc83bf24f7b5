/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ArmError } from '../../server/errors';

/** ARM's answer for a resource group that does not exist. */
export function resourceGroupNotFound(resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceGroupNotFound',
    `Resource group '${resourceGroup}' could not be found.`,
  );
}

/** ARM's answer for a missing tracked resource such as a workspace. */
export function resourceNotFound(
  type: string,
  name: string,
  resourceGroup: string,
): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

/**
 * Azure ML's own answer for a missing workspace asset (job, model, endpoint...):
 * it reports client mistakes with the code `UserError`.
 */
export function mlNotFound(
  noun: string,
  name: string,
  workspace: string,
): ArmError {
  return new ArmError(
    404,
    'UserError',
    `${noun} '${name}' was not found in workspace '${workspace}'.`,
  );
}

/** A request Azure ML refuses as invalid (400 `UserError`). */
export function mlUserError(message: string): ArmError {
  return new ArmError(400, 'UserError', message);
}
