/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { blobAccountUrl, codeUploadUri } from './codeDatastore';

describe('blobAccountUrl', () => {
  it('addresses an Azure storage account by its blob host, as az ml does', () => {
    expect(
      blobAccountUrl({
        accountName: 'stvision',
        endpoint: 'core.windows.net',
        protocol: 'https',
      }),
    ).toBe('https://stvision.blob.core.windows.net');
    expect(
      blobAccountUrl({
        accountName: 'stgov',
        endpoint: 'core.usgovcloudapi.net',
      }),
    ).toBe('https://stgov.blob.core.usgovcloudapi.net');
  });

  it('addresses an account of a local emulator (a host with a port) path-style', () => {
    expect(
      blobAccountUrl({
        accountName: 'stvision',
        endpoint: 'localhost:7443',
        protocol: 'https',
      }),
    ).toBe('https://localhost:7443/stvision');
  });
});

describe('codeUploadUri', () => {
  it('is the URL of LocalUpload/<hash>/<folder> in the container', () => {
    expect(
      codeUploadUri(
        {
          name: 'workspaceblobstore',
          accountName: 'stvision',
          containerName: 'azureml-blobstore-1234',
          accountUrl: 'https://stvision.blob.core.windows.net',
        },
        {
          codePath: './my src',
          name: 'my src',
          files: [],
          totalBytes: 0,
          hash: '0123456789abcdef0123456789abcdef',
        },
      ),
    ).toBe(
      'https://stvision.blob.core.windows.net/azureml-blobstore-1234/LocalUpload/0123456789abcdef0123456789abcdef/my%20src',
    );
  });
});
