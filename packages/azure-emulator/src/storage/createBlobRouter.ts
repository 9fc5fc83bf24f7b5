/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import express, {
  Router,
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { faultsApplyTo } from '../server/faultsApplyTo';
import { blobStoreOf } from './BlobStore';
import { runBlobOperation, type BlobTarget } from './blobOperations';
import { verifySharedKey } from './sharedKey';
import {
  findStorageAccount,
  storageAccountKey,
  type StorageAccount,
} from './storageAccounts';
import { StorageError, sendStorageError } from './StorageError';

/** The service version the emulator answers with unless the client asks for one. */
const SERVICE_VERSION = '2025-11-05';
/** The largest request body it takes: Put Blob's 5000 MiB is more than memory allows. */
const MAX_BODY = '256mb';

type Locals = { account: StorageAccount; target: BlobTarget };

/** The path segments of the request as sent (before any rewriting), still encoded. */
function pathSegments(req: Request): string[] {
  return req.originalUrl.split('?')[0].split('/').slice(1);
}

function decodedName(segments: string[]): string {
  try {
    return decodeURIComponent(segments.join('/'));
  } catch {
    throw new StorageError(
      400,
      'InvalidUri',
      'The requested URI does not represent any resource on the server.',
    );
  }
}

/** The faults tests inject, as Azure Storage fails: 500 InternalError, 503 ServerBusy. */
function injectedFault(
  ctx: EmulatorContext,
  account: StorageAccount,
): StorageError | undefined {
  const { faults } = ctx;
  if (!faultsApplyTo(faults, account.subscriptionId)) return undefined;
  if (faults.serverErrorRate > 0 && ctx.random() < faults.serverErrorRate) {
    return new StorageError(
      500,
      'InternalError',
      'Server encountered an internal error. Please try again after some time. (Injected by the emulator.)',
    );
  }
  const busy = faults.serviceUnavailableRate + faults.throttleRate;
  if (busy > 0 && ctx.random() < busy) {
    return new StorageError(
      503,
      'ServerBusy',
      'The server is currently unable to receive requests. Please retry your request. (Injected by the emulator.)',
    );
  }
  return undefined;
}

/**
 * Azure Blob storage for the storage accounts of the workspaces, path-style
 * on the emulator's host as Azurite serves it:
 * `https://localhost:7443/{account}/{container}/{blob}` (the Storage SDKs
 * address `localhost:{port}` so). Requests are authorized with Shared Key
 * and the account key `listSecrets` of a workspace's datastores hands out;
 * blobs live in the emulated world's memory. Paths whose first segment is
 * no such account pass on to the other services.
 */
export function createBlobRouter(ctx: EmulatorContext): Router {
  const router = Router();
  router.use((req: Request, res: Response, next: NextFunction) => {
    const [accountName, container, ...blob] = pathSegments(req);
    const account = accountName
      ? findStorageAccount(ctx.state, accountName)
      : undefined;
    if (!account) {
      next('router');
      return;
    }
    res.setHeader(
      'x-ms-version',
      String(req.headers['x-ms-version'] ?? SERVICE_VERSION),
    );
    res.setHeader('Date', new Date(ctx.now()).toUTCString());
    try {
      (res.locals as Locals).account = account;
      (res.locals as Locals).target = {
        account: account.name,
        container: container ?? '',
        blob: decodedName(blob),
        serviceEndpoint: `${ctx.urls.https}/${account.name}/`,
      };
      next();
    } catch (error) {
      next(error);
    }
  });
  router.use(express.raw({ type: () => true, limit: MAX_BODY }));
  router.use((req: Request, res: Response) => {
    const { account, target } = res.locals as Locals;
    verifySharedKey(
      { method: req.method, headers: req.headers, url: req.originalUrl },
      { name: account.name, key: storageAccountKey(account.id) },
      ctx.now(),
    );
    const fault = injectedFault(ctx, account);
    if (fault) throw fault;
    if (!account.containers.includes(target.container)) {
      throw new StorageError(
        404,
        'ContainerNotFound',
        'The specified container does not exist.',
      );
    }
    runBlobOperation(req, res, blobStoreOf(ctx.state, ctx.now), target);
  });
  router.use(
    (
      error: Error & { type?: string },
      _req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (error.type === 'entity.too.large') {
        sendStorageError(
          res,
          new StorageError(
            413,
            'RequestBodyTooLarge',
            `The request body is too large and exceeds the maximum permissible limit (${MAX_BODY} in the emulator).`,
          ),
          ctx.now(),
        );
      } else if (error instanceof StorageError) {
        sendStorageError(res, error, ctx.now());
      } else {
        next(error);
      }
    },
  );
  return router;
}
