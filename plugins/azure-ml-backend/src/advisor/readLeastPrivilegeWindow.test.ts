/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readLeastPrivilegeWindow } from './readLeastPrivilegeWindow';

const NOW = new Date('2026-04-30T12:00:00.000Z');

describe('readLeastPrivilegeWindow', () => {
  it('defaults to the 30 days before now, and before `to` when only it is given', () => {
    expect(readLeastPrivilegeWindow({}, NOW)).toEqual({
      from: '2026-03-31T12:00:00.000Z',
      to: '2026-04-30T12:00:00.000Z',
    });
    expect(readLeastPrivilegeWindow({ to: '2026-04-10' }, NOW)).toEqual({
      from: '2026-03-11T00:00:00.000Z',
      to: '2026-04-10T00:00:00.000Z',
    });
  });

  it('reads dates as midnight UTC and date-times in their zone', () => {
    expect(
      readLeastPrivilegeWindow(
        { from: '2026-04-01', to: '2026-04-02T09:30:00+02:00' },
        NOW,
      ),
    ).toEqual({
      from: '2026-04-01T00:00:00.000Z',
      to: '2026-04-02T07:30:00.000Z',
    });
  });

  it('takes a window of exactly 90 days, and refuses one longer', () => {
    expect(
      readLeastPrivilegeWindow({ from: '2026-01-01', to: '2026-04-01' }, NOW),
    ).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    });
    expect(() =>
      readLeastPrivilegeWindow(
        { from: '2026-01-01', to: '2026-04-01T00:00:01Z' },
        NOW,
      ),
    ).toThrow(
      'Invalid query: the window from 2026-01-01T00:00:00.000Z to 2026-04-01T00:00:01.000Z is 91 days long; at most 90 days are allowed (Azure keeps 90 days of Activity Log)',
    );
  });

  it.each([
    [
      { from: 'last week' },
      "Invalid query: from: 'last week' is not an ISO 8601 date or date-time with a time zone, for example 2026-04-01 or 2026-04-01T09:30:00Z",
    ],
    [
      { to: '2026-04-31' },
      "Invalid query: to: '2026-04-31' is not an ISO 8601 date or date-time with a time zone, for example 2026-04-01 or 2026-04-01T09:30:00Z",
    ],
    [
      { from: '2026-04-01T10:00:00' },
      "Invalid query: from: '2026-04-01T10:00:00' is not an ISO 8601 date or date-time with a time zone, for example 2026-04-01 or 2026-04-01T09:30:00Z",
    ],
    [
      { from: '2026-04-01', to: '2026-04-01' },
      'Invalid query: from (2026-04-01T00:00:00.000Z) must be before to (2026-04-01T00:00:00.000Z)',
    ],
    [{ window: '30d' }, 'Invalid query: query: Unrecognized key: "window"'],
  ])('refuses %j', (query, message) => {
    expect(() => readLeastPrivilegeWindow(query, NOW)).toThrow(message);
    expect(() => readLeastPrivilegeWindow(query, NOW)).toThrow(
      expect.objectContaining({ name: 'InputError' }),
    );
  });
});
