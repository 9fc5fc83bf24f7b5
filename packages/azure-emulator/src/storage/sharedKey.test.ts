/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHmac, randomBytes } from 'node:crypto';
import { sharedKeyStringToSign, verifySharedKey } from './sharedKey';

const KEY = randomBytes(64).toString('base64');
const NOW = Date.parse('Fri, 26 Jun 2015 23:39:12 GMT');

/** The Get Container Metadata request of the Storage REST docs' Shared Key example. */
const DOCS_EXAMPLE = {
  method: 'GET',
  url: '/mycontainer?restype=container&comp=metadata&timeout=20',
  headers: {
    'x-ms-date': 'Fri, 26 Jun 2015 23:39:12 GMT',
    'x-ms-version': '2015-02-21',
  },
};

function sign(stringToSign: string, key = KEY) {
  return createHmac('sha256', Buffer.from(key, 'base64'))
    .update(stringToSign, 'utf8')
    .digest('base64');
}

describe('Shared Key', () => {
  it('builds the string to sign of the Storage REST docs’ example', () => {
    expect(sharedKeyStringToSign(DOCS_EXAMPLE, 'myaccount')).toBe(
      'GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20',
    );
  });

  it('signs standard headers in their place, a zero length as empty, and decoded, sorted query values', () => {
    const request = {
      method: 'put',
      url: '/myaccount/c/a%20b.txt?comp=block&blockid=YQ%3D%3D&Timeout=30',
      headers: {
        'content-length': '0',
        'content-type': 'text/plain',
        'content-encoding': 'gzip',
        'x-ms-version': '2025-11-05',
        'x-ms-client-request-id': '  id  with   spaces ',
        'x-ms-date': 'Fri, 26 Jun 2015 23:39:12 GMT',
      },
    };
    expect(sharedKeyStringToSign(request, 'myaccount')).toBe(
      [
        'PUT',
        'gzip',
        '',
        '',
        '',
        'text/plain',
        '',
        '',
        '',
        '',
        '',
        '',
        'x-ms-client-request-id:id with spaces',
        'x-ms-date:Fri, 26 Jun 2015 23:39:12 GMT',
        'x-ms-version:2025-11-05',
        '/myaccount/myaccount/c/a%20b.txt',
        'blockid:YQ==',
        'comp:block',
        'timeout:30',
      ].join('\n'),
    );
  });

  it('accepts the right signature and refuses a wrong one, naming the string it signed', () => {
    const stringToSign = sharedKeyStringToSign(DOCS_EXAMPLE, 'myaccount');
    const signed = (signature: string) => ({
      ...DOCS_EXAMPLE,
      headers: {
        ...DOCS_EXAMPLE.headers,
        authorization: `SharedKey myaccount:${signature}`,
      },
    });
    const account = { name: 'myaccount', key: KEY };
    expect(() =>
      verifySharedKey(signed(sign(stringToSign)), account, NOW),
    ).not.toThrow();
    const wrong = sign(stringToSign, randomBytes(64).toString('base64'));
    expect(() => verifySharedKey(signed(wrong), account, NOW)).toThrow(
      expect.objectContaining({
        status: 403,
        code: 'AuthenticationFailed',
        details: {
          AuthenticationErrorDetail: `The MAC signature found in the HTTP request '${wrong}' is not the same as any computed signature. Server used following string to sign: '${stringToSign}'.`,
        },
      }),
    );
  });

  it('refuses a request dated more than 15 minutes off', () => {
    const stringToSign = sharedKeyStringToSign(DOCS_EXAMPLE, 'myaccount');
    const request = {
      ...DOCS_EXAMPLE,
      headers: {
        ...DOCS_EXAMPLE.headers,
        authorization: `SharedKey myaccount:${sign(stringToSign)}`,
      },
    };
    expect(() =>
      verifySharedKey(
        request,
        { name: 'myaccount', key: KEY },
        NOW + 16 * 60_000,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'AuthenticationFailed',
        details: {
          AuthenticationErrorDetail: expect.stringMatching(
            /^Request date header too old/,
          ),
        },
      }),
    );
  });
});
