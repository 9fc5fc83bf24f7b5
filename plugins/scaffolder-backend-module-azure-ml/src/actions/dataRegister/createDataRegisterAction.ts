/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlDataRegisterPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import { assetKinds } from '../../service/AssetVersions';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import { registerAssetVersion } from '../registerAssetVersion';
import { dataRegisterInput, dataRegisterOutput } from './dataRegisterSchema';

/**
 * The id of the action that registers a data asset version.
 *
 * @public
 */
export const DATA_REGISTER_ACTION_ID = 'azureml:data:register';

const EXAMPLE = `steps:
  - id: register-data
    name: Register the training data
    action: ${DATA_REGISTER_ACTION_ID}
    input:
      workspace: \${{ parameters.workspace }}
      name: vision-train-images
      type: uri_folder
      path: azureml://datastores/workspaceblobstore/paths/data/vision/train/
      description: Labelled training images
      tags:
        team: vision`;

/**
 * `azureml:data:register`: a new version of a data asset (`uri_file`,
 * `uri_folder` or `mltable`) from a datastore path, as the user who runs
 * the template.
 *
 * @internal
 */
export function createDataRegisterAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: DATA_REGISTER_ACTION_ID,
    description:
      'Registers a version of an Azure ML data asset (uri_file, uri_folder or mltable) from a datastore path, as the user who runs the template (task secret azureMlUserToken); checks azureMl.data.register on the workspace entity and records the attempt in the Azure ML audit log.',
    supportsDryRun: true,
    examples: [
      { description: 'Register a folder of training data', example: EXAMPLE },
    ],
    schema: { input: dataRegisterInput, output: dataRegisterOutput },
    async handler(ctx) {
      const input = parseActionInput(
        DATA_REGISTER_ACTION_ID,
        dataRegisterInput(z),
        ctx.input,
      );
      const plan = await registerAssetVersion(runtime, ctx, {
        input,
        kind: assetKinds.data,
        action: 'data.register',
        permission: azureMlDataRegisterPermission,
        parameters: { type: input.type, path: input.path },
        check: async (_azure, { container, name }) => {
          const existing = container?.properties.dataType;
          if (existing && existing !== input.type) {
            throw new InputError(
              `The data asset ${name} holds ${existing} versions; a ${input.type} version cannot join it. Register it under another name, or as ${existing}`,
            );
          }
        },
        properties: () => ({
          container: { dataType: input.type },
          version: { dataType: input.type, dataUri: input.path },
        }),
      });
      ctx.output('id', plan.id);
      ctx.output('name', plan.name);
      ctx.output('version', plan.version);
      ctx.output('assetId', `azureml:${plan.name}:${plan.version}`);
    },
  });
}
