/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { StorageError } from './StorageError';

/** What Shared Key signs of a request, as it came over the wire. */
export type SignedRequest = {
  method: string;
  headers: IncomingHttpHeaders;
  /** The request target as sent: encoded path and query. */
  url: string;
};

/** How long a request's date may lie in the past (or future), as in Azure. */
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * The standard headers Shared Key signs, in the order of the Storage REST
 * docs ("Authorize with Shared Key", Blob service, version 2009-09-19 and
 * later). `@azure/storage-blob` lists Content-Language before
 * Content-Encoding; it never sends either on a blob request (a blob's own
 * encoding and language travel as `x-ms-blob-content-*`), so both read empty.
 */
const STANDARD_HEADERS = [
  'content-encoding',
  'content-language',
  'content-length',
  'content-md5',
  'content-type',
  'date',
  'if-modified-since',
  'if-match',
  'if-none-match',
  'if-unmodified-since',
  'range',
];

/** A query string part, decoded; as it is when it is not validly encoded. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  const text = Array.isArray(value) ? value.join(',') : value ?? '';
  // Since version 2015-02-21 a zero Content-Length is signed as empty.
  return name === 'content-length' && text === '0' ? '' : text;
}

/** `x-ms-*` headers: lowercase names, sorted, values unfolded and trimmed. */
function canonicalizedHeaders(headers: IncomingHttpHeaders): string {
  return Object.keys(headers)
    .map(name => name.toLowerCase())
    .filter(name => name.startsWith('x-ms-'))
    .sort()
    .map(
      name =>
        `${name}:${headerValue(headers, name).replace(/\s+/g, ' ').trim()}\n`,
    )
    .join('');
}

/**
 * `/{account}{path}` and the query parameters: lowercase names, sorted,
 * decoded values (several values of one name sorted and joined by commas).
 * Parameters without a value are left out, as the SDKs leave them out.
 */
function canonicalizedResource(account: string, url: string): string {
  const queryStart = url.indexOf('?');
  const path = (queryStart < 0 ? url : url.slice(0, queryStart)) || '/';
  const values = new Map<string, string[]>();
  const query = queryStart < 0 ? '' : url.slice(queryStart + 1);
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0 || equals === pair.length - 1) continue;
    const name = decoded(pair.slice(0, equals)).toLowerCase();
    const value = decoded(pair.slice(equals + 1));
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const parameters = [...values.keys()]
    .sort()
    .map(name => `\n${name}:${values.get(name)!.sort().join(',')}`);
  return `/${account}${path}${parameters.join('')}`;
}

/** The string a Shared Key signature of `request` signs for `account`. */
export function sharedKeyStringToSign(
  request: SignedRequest,
  account: string,
): string {
  return [
    request.method.toUpperCase(),
    ...STANDARD_HEADERS.map(name => headerValue(request.headers, name)),
    `${canonicalizedHeaders(request.headers)}${canonicalizedResource(
      account,
      request.url,
    )}`,
  ].join('\n');
}

function authenticationFailed(detail: string): StorageError {
  return new StorageError(
    403,
    'AuthenticationFailed',
    'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
    { AuthenticationErrorDetail: detail },
  );
}

/**
 * Checks a request's `Authorization: SharedKey {account}:{signature}`
 * against the account key, as Azure Storage does: the signature is an
 * HMAC-SHA256 with the key of the string {@link sharedKeyStringToSign}
 * builds, and the request's date is at most 15 minutes off.
 *
 * @throws StorageError 403 AuthenticationFailed for a wrong signature,
 *   account or date; 404 ResourceNotFound for a request without
 *   credentials, as for any private container.
 */
export function verifySharedKey(
  request: SignedRequest,
  account: { name: string; key: string },
  nowMs: number,
): void {
  const authorization = headerValue(request.headers, 'authorization');
  if (!authorization) {
    throw new StorageError(
      404,
      'ResourceNotFound',
      'The specified resource does not exist.',
    );
  }
  const match = /^SharedKey ([^:\s]+):(\S+)$/.exec(authorization);
  if (!match) {
    throw authenticationFailed(
      `The authorization header is not a Shared Key signature; the emulator's Blob service takes Shared Key only.`,
    );
  }
  const [, signedAccount, signature] = match;
  if (signedAccount !== account.name) {
    throw authenticationFailed(
      `The account name in the authorization header '${signedAccount}' does not match the account '${account.name}' of the request.`,
    );
  }
  const date =
    headerValue(request.headers, 'x-ms-date') ||
    headerValue(request.headers, 'date');
  const dateMs = Date.parse(date);
  if (!date || Number.isNaN(dateMs)) {
    throw authenticationFailed(
      'The request has no valid x-ms-date or Date header.',
    );
  }
  if (Math.abs(nowMs - dateMs) > MAX_CLOCK_SKEW_MS) {
    throw authenticationFailed(
      `Request date header too old: '${date}'. The request must be made within 15 minutes of the server's time.`,
    );
  }
  const stringToSign = sharedKeyStringToSign(request, account.name);
  const expected = createHmac('sha256', Buffer.from(account.key, 'base64'))
    .update(stringToSign, 'utf8')
    .digest();
  const given = Buffer.from(signature, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw authenticationFailed(
      `The MAC signature found in the HTTP request '${signature}' is not the same as any computed signature. Server used following string to sign: '${stringToSign}'.`,
    );
  }
}
