/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlDataRegisterPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import { assetKinds } from '../../service/AssetVersions';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import { registerAssetVersion } from '../registerAssetVersion';
import { dataPortalPath, dataStudioUrl } from './dataAssetLinks';
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
        owner: \${{ parameters.owner }}
output:
  links:
    - title: The dataset in the catalog
      icon: catalog
      entityRef: \${{ steps['register-data'].output.entityRef }}
    - title: The dataset in Azure ML studio
      url: \${{ steps['register-data'].output.studioUrl }}`;

/**
 * `azureml:data:register`: a new version of a data asset (`uri_file`,
 * `uri_folder` or `mltable`) from a datastore path, as the user who runs
 * the template; then waits for the catalog module to show the asset's
 * entity.
 *
 * @internal
 */
export function createDataRegisterAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: DATA_REGISTER_ACTION_ID,
    description:
      "Registers a version of an Azure ML data asset (uri_file, uri_folder or mltable) from a datastore path, as the user who runs the template (task secret azureMlUserToken); checks azureMl.data.register on the workspace entity and records the attempt in the Azure ML audit log. Then waits for the asset's catalog entity (owned by the group its owner tag names) and outputs its entityRef.",
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
      const registered = await registerAssetVersion(runtime, ctx, {
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
      const { workspace, name, version, tenantId } = registered;
      const entity = ctx.isDryRun
        ? undefined
        : await runtime.assetEntities.waitFor({
            resourceId: `${workspace.id}/${registered.kind.segment}/${name}`,
            label: `data asset ${name}`,
            timeoutMs: input.catalogWaitSeconds * 1000,
            logger: ctx.logger,
            signal: ctx.signal,
          });
      ctx.output('id', registered.id);
      ctx.output('name', name);
      ctx.output('version', version);
      ctx.output('assetId', `azureml:${name}:${version}`);
      ctx.output('tenantId', tenantId);
      ctx.output(
        'studioUrl',
        dataStudioUrl({
          studio: runtime.studio,
          name,
          version,
          workspaceId: workspace.id,
          tenantId,
        }),
      );
      ctx.output(
        'portalUrl',
        dataPortalPath({ entity, workspaceEntity: workspace.entity }),
      );
      if (entity) ctx.output('entityRef', stringifyEntityRef(entity));
    },
  });
}
