/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { REDACTED, redactParameters } from './redactParameters';

const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJvaWQiOiIxMjMiLCJ0aWQiOiI0NTYifQ.c2lnbmF0dXJl';

describe('redactParameters', () => {
  it.each([
    'secret',
    'clientSecret',
    'PASSWORD',
    'adminPassword',
    'token',
    'refresh_token',
    'accessToken',
    'key',
    'primaryKey',
    'API_KEY',
    'credential',
    'credentials',
    'connectionString',
    'storageConnectionString',
    'CONNECTIONSTRING',
    'sas',
    'sasUrl',
  ])('replaces the value of %s, whatever it is', key => {
    expect(
      redactParameters({ [key]: { nested: 'value', n: 1 }, other: 'kept' }),
    ).toEqual({ [key]: REDACTED, other: 'kept' });
  });

  it('redacts at any depth, in objects and arrays', () => {
    expect(
      redactParameters({
        job: {
          environment: { variables: { DB_PASSWORD: 'hunter2', MODE: 'fast' } },
          inputs: [{ uri: 'azureml://x', accountKey: 'abc' }],
        },
      }),
    ).toEqual({
      job: {
        environment: { variables: { DB_PASSWORD: REDACTED, MODE: 'fast' } },
        inputs: [{ uri: 'azureml://x', accountKey: REDACTED }],
      },
    });
  });

  it('redacts values that look like credentials under any key', () => {
    expect(
      redactParameters({
        note: JWT,
        header: `Bearer ${JWT}`,
        lowercase: 'bearer opaque-token-value',
        inText: `copied from the console: ${JWT} oops`,
        sasUrl2:
          'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=abc%3D',
        list: ['plain', `Bearer x`],
      }),
    ).toEqual({
      note: REDACTED,
      header: REDACTED,
      lowercase: REDACTED,
      inText: REDACTED,
      sasUrl2: REDACTED,
      list: ['plain', REDACTED],
    });
  });

  it('keeps what is not a secret, exactly', () => {
    const parameters = {
      traffic: { blue: 90, green: 10 },
      experimentName: 'train-resnet',
      description: 'bearing the load', // "bearer" needs a word after it
      version: '1.2.3',
      when: null,
      flags: [true, false, 3],
    };
    expect(redactParameters(parameters)).toEqual(parameters);
  });

  it('copies, never changes its input', () => {
    const input = { password: 'p', nested: { token: 't' } };
    redactParameters(input);
    expect(input).toEqual({ password: 'p', nested: { token: 't' } });
  });

  it('survives cycles, dates and no parameters at all', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    expect(redactParameters(cyclic)).toEqual({
      name: 'a',
      self: '[circular]',
    });
    expect(redactParameters({ at: new Date('2026-03-01T00:00:00Z') })).toEqual({
      at: '2026-03-01T00:00:00.000Z',
    });
    expect(redactParameters(undefined)).toEqual({});
  });
});
