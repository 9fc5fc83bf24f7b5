/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import {
  storageAccountKey,
  storageAccountOf,
} from '../../storage/storageAccounts';
import { armHandler, type ArmCall } from '../armPipeline';
import { armPage } from '../paging';
import { mlNotFound } from './mlErrors';
import { DATASTORE_TYPE, workspaceDatastores } from './workspaceDatastores';
import { requestedWorkspaceId, requireWorkspace } from './workspaceScope';

/** Who may read a datastore's credentials: Data Scientists through `workspaces/*\/action`, not Readers. */
const LIST_SECRETS = `${DATASTORE_TYPE}/listsecrets/action`;

function requestedDatastoreId(arm: ArmCall, params: Record<string, string>) {
  return `${requestedWorkspaceId(arm, params)}/datastores/${
    params.datastoreName
  }`;
}

/** The `isDefault` filter of a list, if it has one. */
function selectDefault(items: ArmResource[], query: Request['query']) {
  const isDefault = String(query.isDefault ?? '').toLowerCase();
  if (isDefault !== 'true' && isDefault !== 'false') return items;
  return items.filter(d => d.properties.isDefault === (isDefault === 'true'));
}

/**
 * Datastores of a workspace: list, get, and `listSecrets`, which hands out
 * the account key the Blob service of the emulator checks Shared Key
 * signatures with. They are the ones Azure ML creates with every workspace
 * (see {@link workspaceDatastores}); the emulator takes no new ones.
 */
export function registerDatastoreRoutes(router: Router, ctx: EmulatorContext) {
  const find = (workspace: ArmResource, name: string) => {
    const datastore = workspaceDatastores(ctx, workspace).find(
      d => d.name.toLowerCase() === name.toLowerCase(),
    );
    if (!datastore) throw mlNotFound('Datastore', name, workspace.name);
    return datastore;
  };

  router.get(
    '/datastores',
    armHandler((req, res, arm) => {
      arm.authorize(
        `${DATASTORE_TYPE}/read`,
        `${requestedWorkspaceId(arm, req.params)}/datastores`,
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      res.json(
        armPage(
          ctx,
          req,
          selectDefault(workspaceDatastores(ctx, workspace), req.query),
        ),
      );
    }),
  );

  router.get(
    '/datastores/:datastoreName',
    armHandler((req, res, arm) => {
      arm.authorize(
        `${DATASTORE_TYPE}/read`,
        requestedDatastoreId(arm, req.params),
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      res.json(find(workspace, req.params.datastoreName));
    }),
  );

  router.post(
    '/datastores/:datastoreName/listSecrets',
    armHandler((req, res, arm) => {
      arm.authorize(LIST_SECRETS, requestedDatastoreId(arm, req.params));
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      find(workspace, req.params.datastoreName);
      res.json({
        secretsType: 'AccountKey',
        key: storageAccountKey(storageAccountOf(workspace).id),
      });
    }),
  );
}
