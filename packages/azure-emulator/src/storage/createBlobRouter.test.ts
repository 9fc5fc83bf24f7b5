/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AzureMachineLearningWorkspaces,
  type AzureBlobDatastore,
} from '@azure/arm-machinelearning';
import {
  BlobServiceClient,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunningEmulator } from '../index';
import { demoIds } from '../testing/demoIds';
import { startTestEmulator, tempDir } from '../testing/startTestEmulator';
import { userCredential } from '../testing/testTokens';

const VISION = demoIds.workspace('vision');
/** A wrong key of the right form: 64 bytes. */
const WRONG_KEY = randomBytes(64).toString('base64');

describe('Blob storage of the workspaces through @azure/storage-blob', () => {
  let emulator: RunningEmulator;
  let datastore: AzureBlobDatastore & {
    accountName: string;
    containerName: string;
  };
  let accountKey: string;

  /** The workspace's default datastore, and its key, as a Data Scientist reads them. */
  async function readDatastore() {
    const ml = new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user('bob')),
      VISION.subscriptionId,
      { endpoint: emulator.urls.https },
    );
    const { resourceGroup: rg, name: ws } = VISION;
    datastore = (await ml.datastores.get(rg, ws, 'workspaceblobstore'))
      .properties as typeof datastore;
    const secrets = await ml.datastores.listSecrets(
      rg,
      ws,
      'workspaceblobstore',
    );
    accountKey = (secrets as { key: string }).key;
  }

  const container = (key = accountKey): ContainerClient =>
    new BlobServiceClient(
      `${datastore.protocol}://${datastore.endpoint}/${datastore.accountName}`,
      new StorageSharedKeyCredential(datastore.accountName, key),
      { retryOptions: { maxTries: 1 } },
    ).getContainerClient(datastore.containerName);

  async function names(prefix?: string): Promise<string[]> {
    const found = [];
    for await (const blob of container().listBlobsFlat({ prefix })) {
      found.push(blob.name);
    }
    return found;
  }

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(async () => {
    emulator.reset();
    await readDatastore();
  });
  afterAll(() => emulator.stop());

  it('stores a blob uploaded in one request and serves it back', async () => {
    const blob = container().getBlockBlobClient(
      'LocalUpload/abc/src/train model.py',
    );
    const content = Buffer.from('print("training")\n');
    const uploaded = await blob.uploadData(content, {
      blobHTTPHeaders: { blobContentType: 'text/x-python' },
    });
    expect(uploaded.etag).toMatch(/^"0x[0-9A-F]+"$/);
    // Put Blob answers the content's MD5; Put Block List does not.
    expect(uploaded.contentMD5).toBeDefined();
    const downloaded = await blob.downloadToBuffer();
    expect(downloaded.equals(content)).toBe(true);
    const properties = await blob.getProperties();
    expect(properties).toMatchObject({
      contentLength: content.length,
      contentType: 'text/x-python',
      blobType: 'BlockBlob',
      etag: uploaded.etag,
    });
    expect(await blob.exists()).toBe(true);
  });

  it('stores a file uploaded in one request (uploadFile)', async () => {
    const file = path.join(tempDir('blob-upload-'), 'score.py');
    writeFileSync(file, 'def run(data):\n    return data\n');
    const blob = container().getBlockBlobClient('LocalUpload/abc/score.py');
    await blob.uploadFile(file);
    expect((await blob.downloadToBuffer()).toString()).toBe(
      'def run(data):\n    return data\n',
    );
  });

  it('puts a blob together from blocks (Put Block, Put Block List)', async () => {
    const content = randomBytes(10_000);
    const blob = container().getBlockBlobClient('LocalUpload/abc/data.bin');
    await blob.uploadData(content, {
      maxSingleShotSize: 1024,
      blockSize: 1024,
      concurrency: 3,
    });
    const downloaded = await blob.downloadToBuffer();
    expect(downloaded.equals(content)).toBe(true);
    const part = await blob.download(100, 50);
    expect(part.contentLength).toBe(50);
  });

  it('lists blobs flat by prefix, page by page, and deletes them', async () => {
    for (const name of ['a/1.txt', 'a/2.txt', 'b/3.txt']) {
      await container().getBlockBlobClient(name).uploadData(Buffer.from(name));
    }
    expect(await names()).toEqual(['a/1.txt', 'a/2.txt', 'b/3.txt']);
    expect(await names('a/')).toEqual(['a/1.txt', 'a/2.txt']);
    const pages = [];
    for await (const page of container()
      .listBlobsFlat()
      .byPage({ maxPageSize: 2 })) {
      pages.push(page.segment.blobItems.map(b => b.name));
    }
    expect(pages).toEqual([['a/1.txt', 'a/2.txt'], ['b/3.txt']]);
    await container().getBlockBlobClient('a/1.txt').delete();
    expect(await names()).toEqual(['a/2.txt', 'b/3.txt']);
  });

  it('answers 404 BlobNotFound for a blob that does not exist', async () => {
    const blob = container().getBlockBlobClient('LocalUpload/none.py');
    await expect(blob.download()).rejects.toMatchObject({
      statusCode: 404,
      code: 'BlobNotFound',
      message: expect.stringMatching(/^The specified blob does not exist\./),
    });
    expect(await blob.exists()).toBe(false);
    await expect(blob.delete()).rejects.toMatchObject({
      statusCode: 404,
      code: 'BlobNotFound',
    });
  });

  it('answers 404 ContainerNotFound for a container the account does not have', async () => {
    const other = new BlobServiceClient(
      `https://${datastore.endpoint}/${datastore.accountName}`,
      new StorageSharedKeyCredential(datastore.accountName, accountKey),
    ).getContainerClient('no-such-container');
    await expect(
      other.getBlockBlobClient('x').uploadData(Buffer.from('x')),
    ).rejects.toMatchObject({ statusCode: 404, code: 'ContainerNotFound' });
  });

  it('refuses a request signed with the wrong key: 403 AuthenticationFailed, and stores nothing', async () => {
    const blob = container(WRONG_KEY).getBlockBlobClient('LocalUpload/x.py');
    const error = await blob
      .uploadData(Buffer.from('x'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      statusCode: 403,
      code: 'AuthenticationFailed',
      message: expect.stringMatching(
        /^Server failed to authenticate the request\. Make sure the value of Authorization header is formed correctly including the signature\./,
      ),
    });
    const body = String((error as any).response.bodyAsText);
    expect(body).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?><Error><Code>AuthenticationFailed<\/Code><Message>.*<\/Message><AuthenticationErrorDetail>The MAC signature found in the HTTP request '.+' is not the same as any computed signature\. Server used following string to sign: 'PUT\n/s,
    );
    expect(await names()).toEqual([]);
  });

  it('refuses a request without credentials, and one signed for another account', async () => {
    const anonymous = await fetch(
      `${emulator.urls.https}/${datastore.accountName}/${datastore.containerName}?restype=container&comp=list`,
    );
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers.get('x-ms-error-code')).toBe('ResourceNotFound');
    const otherAccount = new BlobServiceClient(
      `https://${datastore.endpoint}/${datastore.accountName}`,
      new StorageSharedKeyCredential('stsomeoneelse', accountKey),
      { retryOptions: { maxTries: 1 } },
    ).getContainerClient(datastore.containerName);
    await expect(
      otherAccount.getBlockBlobClient('x').uploadData(Buffer.from('x')),
    ).rejects.toMatchObject({ statusCode: 403, code: 'AuthenticationFailed' });
  });

  it('fails as Azure Storage does while a fault is injected, and recovers after', async () => {
    Object.assign(emulator.ctx.faults, { serverErrorRate: 1 });
    const blob = container().getBlockBlobClient('LocalUpload/y.py');
    await expect(blob.uploadData(Buffer.from('y'))).rejects.toMatchObject({
      statusCode: 500,
      code: 'InternalError',
    });
    Object.assign(emulator.ctx.faults, { serverErrorRate: 0 });
    await blob.uploadData(Buffer.from('y'));
    expect(await names()).toEqual(['LocalUpload/y.py']);
  });

  it('keeps the blobs of the world they were written in: a reset empties the accounts', async () => {
    await container()
      .getBlockBlobClient('kept.txt')
      .uploadData(Buffer.from('k'));
    expect(await names()).toEqual(['kept.txt']);
    emulator.reset();
    expect(await names()).toEqual([]);
  });
});
