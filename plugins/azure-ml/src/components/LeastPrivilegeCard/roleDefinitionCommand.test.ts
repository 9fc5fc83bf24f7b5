/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { execFileSync } from 'node:child_process';
import type { AzureCustomRoleDefinition } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  roleDefinitionCreateCommand,
  roleDefinitionJson,
} from './roleDefinitionCommand';

const definition: AzureCustomRoleDefinition = {
  Name: "Azure ML least privilege: o'brien in mlw-vision",
  IsCustom: true,
  Description: "The Azure actions o'brien used; assign with Reader.",
  Actions: ['Microsoft.MachineLearningServices/workspaces/jobs/write'],
  NotActions: [],
  DataActions: [],
  NotDataActions: [],
  AssignableScopes: ['/subscriptions/s/resourceGroups/rg/providers/x/y'],
};

const PREFIX = 'az role definition create --role-definition ';

describe('roleDefinitionCreateCommand', () => {
  it('passes the role definition to az as one shell word, even with single quotes in it', () => {
    const command = roleDefinitionCreateCommand(definition);
    expect(command.startsWith(PREFIX)).toBe(true);

    // What a POSIX shell hands az as the --role-definition argument.
    const argument = execFileSync('sh', [
      '-c',
      `printf '%s' ${command.slice(PREFIX.length)}`,
    ]).toString('utf8');

    expect(argument).toBe(roleDefinitionJson(definition));
    expect(JSON.parse(argument)).toEqual(definition);
  });
});
