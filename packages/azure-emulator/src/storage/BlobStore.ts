/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash, randomBytes } from 'node:crypto';
import type { EmulatorState } from '../state/EmulatorState';

/** A block blob as stored: its bytes and the properties Azure keeps. */
export type StoredBlob = {
  content: Buffer;
  contentType: string;
  /** base64 MD5 of the content, as Azure computes it for single-shot uploads. */
  contentMd5: string;
  /** Quoted, as in the `ETag` header. */
  etag: string;
  createdAtMs: number;
  lastModifiedMs: number;
};

/** A blob's content and the properties its writer set. */
export type BlobWrite = { content: Buffer; contentType?: string };

/**
 * The blobs of every storage account, in memory: block blobs by account,
 * container and name, and the uncommitted blocks of blobs being uploaded in
 * blocks.
 */
export class BlobStore {
  readonly #blobs = new Map<string, Map<string, StoredBlob>>();
  readonly #blocks = new Map<string, Map<string, Buffer>>();

  constructor(private readonly now: () => number) {}

  #container(account: string, container: string) {
    const key = `${account}/${container}`;
    if (!this.#blobs.has(key)) this.#blobs.set(key, new Map());
    return this.#blobs.get(key)!;
  }

  get(account: string, container: string, name: string) {
    return this.#container(account, container).get(name);
  }

  /** Writes (or overwrites) a block blob. */
  put(
    account: string,
    container: string,
    name: string,
    write: BlobWrite,
  ): StoredBlob {
    const blobs = this.#container(account, container);
    const nowMs = this.now();
    const blob: StoredBlob = {
      content: write.content,
      contentType: write.contentType || 'application/octet-stream',
      contentMd5: createHash('md5').update(write.content).digest('base64'),
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      createdAtMs: blobs.get(name)?.createdAtMs ?? nowMs,
      lastModifiedMs: nowMs,
    };
    blobs.set(name, blob);
    this.#blocks.delete(`${account}/${container}/${name}`);
    return blob;
  }

  delete(account: string, container: string, name: string): boolean {
    this.#blocks.delete(`${account}/${container}/${name}`);
    return this.#container(account, container).delete(name);
  }

  /** The blobs of a container whose names start with `prefix`, by name. */
  list(
    account: string,
    container: string,
    prefix = '',
  ): [string, StoredBlob][] {
    return [...this.#container(account, container).entries()]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1));
  }

  /** Keeps a block of a blob being uploaded, until Put Block List commits it. */
  stageBlock(
    account: string,
    container: string,
    name: string,
    blockId: string,
    data: Buffer,
  ): void {
    const key = `${account}/${container}/${name}`;
    if (!this.#blocks.has(key)) this.#blocks.set(key, new Map());
    this.#blocks.get(key)!.set(blockId, data);
  }

  /**
   * Builds a blob from staged blocks, in the order given.
   *
   * @returns undefined when a block was never staged.
   */
  commitBlocks(
    account: string,
    container: string,
    name: string,
    blockIds: string[],
    contentType?: string,
  ): StoredBlob | undefined {
    const staged = this.#blocks.get(`${account}/${container}/${name}`);
    const parts = blockIds.map(id => staged?.get(id));
    if (parts.some(part => part === undefined)) return undefined;
    return this.put(account, container, name, {
      content: Buffer.concat(parts as Buffer[]),
      contentType,
    });
  }
}

// The blobs belong to the state they were written in, so a reset of the
// emulator (a new state) empties the storage accounts too.
const stores = new WeakMap<EmulatorState, BlobStore>();

/** The blob storage of an emulated world. */
export function blobStoreOf(
  state: EmulatorState,
  now: () => number,
): BlobStore {
  let store = stores.get(state);
  if (!store) {
    store = new BlobStore(now);
    stores.set(state, store);
  }
  return store;
}
