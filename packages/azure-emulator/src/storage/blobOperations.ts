/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { BlobStore, StoredBlob } from './BlobStore';
import { listBlobsXml, parseBlockList } from './blobXml';
import { StorageError } from './StorageError';

/** The blob (or container) a request addresses, in an account the emulator serves. */
export type BlobTarget = {
  account: string;
  container: string;
  /** The blob's name, decoded; empty for a container operation. */
  blob: string;
  /** `https://{host}/{account}/`, as List Blobs names the service. */
  serviceEndpoint: string;
};

/** Page size of List Blobs unless `maxresults` asks for fewer (Azure's limit). */
const MAX_RESULTS = 5000;

const blobNotFound = () =>
  new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');

function query(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' ? value : undefined;
}

function bodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

function sendBlobProperties(res: Response, blob: StoredBlob) {
  res.setHeader('ETag', blob.etag);
  res.setHeader('Last-Modified', new Date(blob.lastModifiedMs).toUTCString());
  res.setHeader('x-ms-creation-time', new Date(blob.createdAtMs).toUTCString());
  res.setHeader('x-ms-blob-type', 'BlockBlob');
  res.setHeader('x-ms-server-encrypted', 'true');
  res.setHeader('x-ms-lease-state', 'available');
  res.setHeader('x-ms-lease-status', 'unlocked');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', blob.contentType);
}

function sendWritten(res: Response, blob: StoredBlob, withMd5: boolean) {
  res.setHeader('ETag', blob.etag);
  res.setHeader('Last-Modified', new Date(blob.lastModifiedMs).toUTCString());
  if (withMd5) res.setHeader('Content-MD5', blob.contentMd5);
  res.setHeader('x-ms-request-server-encrypted', 'true');
  res.status(201).end();
}

/** `bytes=start-[end]` of `x-ms-range` or `Range`, clipped to the blob. */
function requestedRange(
  req: Request,
  length: number,
): { start: number; end: number } | undefined {
  const header = req.headers['x-ms-range'] ?? req.headers.range;
  if (typeof header !== 'string') return undefined;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), length - 1) : length - 1;
  if (start >= length || end < start) {
    throw new StorageError(
      416,
      'InvalidRange',
      'The range specified is invalid for the current size of the resource.',
      {},
      { 'Content-Range': `bytes */${length}` },
    );
  }
  return { start, end };
}

/** Put Blob: a block blob in one request (the SDKs' single-shot upload). */
function putBlob(req: Request, res: Response, store: BlobStore, t: BlobTarget) {
  const blobType = req.headers['x-ms-blob-type'];
  if (blobType !== 'BlockBlob') {
    throw new StorageError(
      400,
      'InvalidHeaderValue',
      `The value for one of the HTTP headers is not in the correct format: x-ms-blob-type '${
        blobType ?? ''
      }'; the emulator stores block blobs (BlockBlob) only.`,
    );
  }
  const content = bodyOf(req);
  const md5 = req.headers['content-md5'];
  const computed = createHash('md5').update(content).digest('base64');
  if (typeof md5 === 'string' && md5 !== computed) {
    throw new StorageError(
      400,
      'Md5Mismatch',
      'The MD5 value specified in the request did not match with the MD5 value calculated by the server.',
      { UserSpecifiedMd5: md5, ServerCalculatedMd5: computed },
    );
  }
  const blob = store.put(t.account, t.container, t.blob, {
    content,
    contentType:
      String(req.headers['x-ms-blob-content-type'] ?? '') ||
      req.headers['content-type'],
  });
  sendWritten(res, blob, true);
}

/** Put Block: one block of a blob uploaded in blocks. */
function putBlock(
  req: Request,
  res: Response,
  store: BlobStore,
  t: BlobTarget,
) {
  const blockId = query(req, 'blockid');
  if (!blockId) {
    throw new StorageError(
      400,
      'MissingRequiredQueryParameter',
      'A query parameter that is mandatory for this request is not specified: blockid.',
    );
  }
  store.stageBlock(t.account, t.container, t.blob, blockId, bodyOf(req));
  res.setHeader('x-ms-request-server-encrypted', 'true');
  res.status(201).end();
}

/** Put Block List: commits the staged blocks as the blob. */
function putBlockList(
  req: Request,
  res: Response,
  store: BlobStore,
  t: BlobTarget,
) {
  const ids = parseBlockList(bodyOf(req).toString('utf8'));
  if (!ids) {
    throw new StorageError(
      400,
      'InvalidXmlDocument',
      'XML specified is not syntactically valid.',
    );
  }
  const blob = store.commitBlocks(
    t.account,
    t.container,
    t.blob,
    ids,
    String(req.headers['x-ms-blob-content-type'] ?? '') || undefined,
  );
  if (!blob) {
    throw new StorageError(
      400,
      'InvalidBlockList',
      'The specified block list is invalid.',
    );
  }
  sendWritten(res, blob, false);
}

/** Get Blob (or Get Blob Properties, for HEAD), whole or a range. */
function getBlob(req: Request, res: Response, store: BlobStore, t: BlobTarget) {
  const blob = store.get(t.account, t.container, t.blob);
  if (!blob) throw blobNotFound();
  sendBlobProperties(res, blob);
  const range = requestedRange(req, blob.content.length);
  if (req.method === 'HEAD') {
    res.setHeader('Content-MD5', blob.contentMd5);
    res.setHeader('Content-Length', String(blob.content.length));
    res.status(200).end();
    return;
  }
  if (!range) {
    res.setHeader('Content-MD5', blob.contentMd5);
    res.status(200).end(blob.content);
    return;
  }
  res.setHeader(
    'Content-Range',
    `bytes ${range.start}-${range.end}/${blob.content.length}`,
  );
  res.status(206).end(blob.content.subarray(range.start, range.end + 1));
}

function deleteBlob(res: Response, store: BlobStore, t: BlobTarget) {
  if (!store.delete(t.account, t.container, t.blob)) throw blobNotFound();
  res.setHeader('x-ms-delete-type-permanent', 'true');
  res.status(202).end();
}

/** List Blobs: flat, or by `delimiter`; from `marker`, `maxresults` at a time. */
function listBlobs(
  req: Request,
  res: Response,
  store: BlobStore,
  t: BlobTarget,
) {
  const prefix = query(req, 'prefix') ?? '';
  const delimiter = query(req, 'delimiter');
  const marker = query(req, 'marker');
  const asked = Number(query(req, 'maxresults'));
  const maxResults =
    Number.isInteger(asked) && asked > 0
      ? Math.min(asked, MAX_RESULTS)
      : MAX_RESULTS;
  // One entry per blob, or per virtual folder below the prefix.
  const entries = new Map<string, StoredBlob | undefined>();
  for (const [name, blob] of store.list(t.account, t.container, prefix)) {
    const cut = delimiter ? name.indexOf(delimiter, prefix.length) : -1;
    if (cut < 0) entries.set(name, blob);
    else entries.set(name.slice(0, cut + delimiter!.length), undefined);
  }
  const names = [...entries.keys()].filter(n => !marker || n >= marker);
  const page = names.slice(0, maxResults);
  res
    .status(200)
    .type('application/xml')
    .send(
      listBlobsXml({
        serviceEndpoint: t.serviceEndpoint,
        container: t.container,
        prefix: query(req, 'prefix'),
        marker,
        maxResults: query(req, 'maxresults') ? maxResults : undefined,
        delimiter,
        blobs: page.flatMap(n => {
          const blob = entries.get(n);
          return blob ? [[n, blob] as [string, StoredBlob]] : [];
        }),
        prefixes: page.filter(n => !entries.get(n)),
        nextMarker: names[maxResults],
      }),
    );
}

/** Get Container Properties: the containers of a workspace always exist. */
function getContainer(res: Response) {
  res.setHeader('x-ms-lease-state', 'available');
  res.setHeader('x-ms-lease-status', 'unlocked');
  res.setHeader('x-ms-has-immutability-policy', 'false');
  res.setHeader('x-ms-has-legal-hold', 'false');
  res.status(200).end();
}

function notServed(req: Request): StorageError {
  return new StorageError(
    400,
    'UnsupportedHttpVerb',
    `The emulator's Blob service does not serve ${req.method} ${
      req.originalUrl.split('?')[0]
    } with ${JSON.stringify(
      req.query,
    )}; it serves Put Blob, Put Block, Put Block List, Get Blob, Get Blob Properties, Delete Blob, List Blobs and Get Container Properties.`,
  );
}

/**
 * Runs the Blob operation a request asks for, chosen as Azure chooses it:
 * by method, `restype` and `comp`.
 *
 * @throws StorageError for what Azure refuses, or what the emulator does not serve.
 */
export function runBlobOperation(
  req: Request,
  res: Response,
  store: BlobStore,
  target: BlobTarget,
): void {
  const comp = query(req, 'comp');
  const method = req.method;
  if (!target.blob) {
    if (query(req, 'restype') !== 'container') throw notServed(req);
    if (method === 'GET' && comp === 'list')
      return listBlobs(req, res, store, target);
    if ((method === 'GET' || method === 'HEAD') && !comp)
      return getContainer(res);
    throw notServed(req);
  }
  if (method === 'PUT' && !comp) return putBlob(req, res, store, target);
  if (method === 'PUT' && comp === 'block')
    return putBlock(req, res, store, target);
  if (method === 'PUT' && comp === 'blocklist')
    return putBlockList(req, res, store, target);
  if ((method === 'GET' || method === 'HEAD') && !comp)
    return getBlob(req, res, store, target);
  if (method === 'DELETE' && !comp) return deleteBlob(res, store, target);
  throw notServed(req);
}
