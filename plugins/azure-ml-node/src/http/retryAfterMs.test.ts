/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHttpHeaders } from '@azure/core-rest-pipeline';
import { retryAfterMs } from './retryAfterMs';

const now = Date.parse('2026-03-01T12:00:00Z');
const of = (headers: Record<string, string>) =>
  retryAfterMs(createHttpHeaders(headers), now);

describe('retryAfterMs', () => {
  it('reads seconds, HTTP dates and the millisecond headers', () => {
    expect(of({ 'Retry-After': '120' })).toBe(120_000);
    expect(of({ 'retry-after': '0.5' })).toBe(500);
    expect(of({ 'Retry-After': 'Sun, 01 Mar 2026 12:00:30 GMT' })).toBe(30_000);
    expect(of({ 'Retry-After': 'Sun, 01 Mar 2026 11:00:00 GMT' })).toBe(0);
    expect(of({ 'retry-after-ms': '250' })).toBe(250);
    expect(of({ 'x-ms-retry-after-ms': '750' })).toBe(750);
  });

  it('prefers the millisecond headers, as core-rest-pipeline does', () => {
    expect(of({ 'Retry-After': '120', 'x-ms-retry-after-ms': '750' })).toBe(
      750,
    );
    expect(of({ 'retry-after-ms': '1', 'x-ms-retry-after-ms': '2' })).toBe(1);
  });

  it('ignores missing, negative and unreadable values', () => {
    expect(of({})).toBeUndefined();
    expect(of({ 'Retry-After': 'soon' })).toBeUndefined();
    expect(of({ 'Retry-After': '-5' })).toBeUndefined();
    expect(of({ 'retry-after-ms': 'x', 'Retry-After': '3' })).toBe(3000);
  });
});
