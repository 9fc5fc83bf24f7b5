/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { describeTraffic, planTraffic, sameTraffic } from './planTraffic';

const BLUE_GREEN = { blue: 90, green: 10 };

describe('planTraffic', () => {
  it('gives a deployment its share and scales the others to fill the rest', () => {
    expect(
      planTraffic('ep', BLUE_GREEN, ['blue', 'green'], {
        deployment: 'green',
        share: 50,
      }),
    ).toEqual({ blue: 50, green: 50 });
    expect(
      planTraffic('ep', BLUE_GREEN, ['blue', 'green', 'red'], {
        deployment: 'red',
        share: 10,
      }),
    ).toEqual({ blue: 81, green: 9, red: 10 });
  });

  it('rounds to whole percentages that add up to 100, the leftover to the largest remainders', () => {
    // 67 in proportion 90:10 is 60.3 and 6.7: green's remainder is larger.
    expect(
      planTraffic('ep', BLUE_GREEN, ['blue', 'green', 'red'], {
        deployment: 'red',
        share: 33,
      }),
    ).toEqual({ blue: 60, green: 7, red: 33 });
    // Equal remainders: the larger deployment first, then name order.
    expect(
      planTraffic('ep', { a: 50, b: 50 }, ['a', 'b', 'c'], {
        deployment: 'c',
        share: 1,
      }),
    ).toEqual({ a: 50, b: 49, c: 1 });
    const split = planTraffic(
      'ep',
      { a: 33, b: 33, c: 34 },
      ['a', 'b', 'c', 'd'],
      { deployment: 'd', share: 7 },
    );
    expect(Object.values(split).reduce((x, y) => x + y, 0)).toBe(100);
    expect(split).toEqual({ a: 31, b: 31, c: 31, d: 7 });
  });

  it('keeps deployments without traffic at 0, and gives everything to one deployment at 100', () => {
    expect(
      planTraffic('ep', { blue: 100 }, ['blue', 'green', 'idle'], {
        deployment: 'green',
        share: 20,
      }),
    ).toEqual({ blue: 80, green: 20, idle: 0 });
    expect(
      planTraffic('ep', BLUE_GREEN, ['blue', 'green'], {
        deployment: 'green',
        share: 100,
      }),
    ).toEqual({ blue: 0, green: 100 });
  });

  it('takes a whole split, filling in 0 for the deployments left out, with Azure’s spelling of their names', () => {
    expect(
      planTraffic('ep', BLUE_GREEN, ['Blue', 'green', 'red'], {
        traffic: { blue: 70, green: 30 },
      }),
    ).toEqual({ Blue: 70, green: 30, red: 0 });
  });

  it.each([
    [
      'a deployment the endpoint does not have',
      BLUE_GREEN,
      { deployment: 'red', share: 10 },
      'Online endpoint ep has no deployment red (it has: blue, green)',
    ],
    [
      'a split naming a deployment the endpoint does not have',
      BLUE_GREEN,
      { traffic: { blue: 50, red: 50 } },
      'Online endpoint ep has no deployment red (it has: blue, green)',
    ],
    [
      'a split that does not add up to 100',
      BLUE_GREEN,
      { traffic: { blue: 50, green: 40 } },
      'The traffic of online endpoint ep adds up to 90, but must add up to 100',
    ],
    [
      'a rest that no other deployment takes traffic to be scaled from',
      { blue: 100, green: 0 },
      { deployment: 'blue', share: 40 },
      'No other deployment of online endpoint ep takes traffic now, so the other 60% cannot be shared out in proportion; give the whole split as traffic instead (now: blue 100%)',
    ],
  ])('refuses %s', (_, current, request, message) => {
    expect(() =>
      planTraffic('ep', current, ['blue', 'green'], request),
    ).toThrow(message);
  });

  it('compares and describes splits, absent counting as 0', () => {
    expect(sameTraffic({ blue: 100 }, { blue: 100, green: 0 })).toBe(true);
    expect(sameTraffic(BLUE_GREEN, { blue: 80, green: 20 })).toBe(false);
    expect(describeTraffic({ blue: 90, green: 10, idle: 0 })).toBe(
      'blue 90%, green 10%',
    );
    expect(describeTraffic({})).toBe('no traffic');
  });
});
