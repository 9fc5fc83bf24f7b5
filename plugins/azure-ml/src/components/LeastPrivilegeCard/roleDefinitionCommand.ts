/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureCustomRoleDefinition } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * A role definition as the JSON `az role definition create` reads, indented
 * for reading.
 *
 * @internal
 */
export function roleDefinitionJson(
  definition: AzureCustomRoleDefinition,
): string {
  return JSON.stringify(definition, null, 2);
}

/**
 * The Azure CLI command that creates `definition`, its JSON quoted for a
 * POSIX shell: in single quotes, each single quote in it (a name such as
 * O'Brien) closed, escaped and reopened.
 *
 * @internal
 */
export function roleDefinitionCreateCommand(
  definition: AzureCustomRoleDefinition,
): string {
  const quoted = `'${roleDefinitionJson(definition).replace(/'/g, `'\\''`)}'`;
  return `az role definition create --role-definition ${quoted}`;
}
