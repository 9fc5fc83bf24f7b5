/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { isSameTraffic, validateTraffic } from './validateTraffic';

const deployments = ['blue', 'green'];

describe('validateTraffic', () => {
  it('accepts whole shares adding up to 100, typed or as numbers', () => {
    expect(validateTraffic({ blue: '80', green: 20 }, deployments)).toEqual({
      traffic: { blue: 80, green: 20 },
      total: 100,
      problems: [],
    });
  });

  it('gives deployments left out 0', () => {
    expect(validateTraffic({ green: ' 100 ' }, deployments)).toEqual({
      traffic: { blue: 0, green: 100 },
      total: 100,
      problems: [],
    });
  });

  it('says what the shares add up to when that is not 100', () => {
    expect(validateTraffic({ blue: '80', green: '10' }, deployments)).toEqual({
      total: 90,
      problems: ['Shares add up to 90%; they must add up to 100%'],
    });
    expect(validateTraffic({ blue: '100', green: '5' }, deployments)).toEqual({
      total: 105,
      problems: ['Shares add up to 105%; they must add up to 100%'],
    });
    expect(validateTraffic({}, deployments).problems).toEqual([
      'Shares add up to 0%; they must add up to 100%',
    ]);
  });

  it.each([['12.5'], ['-5'], ['101'], [''], ['ten'], [Number.NaN], [1e21]])(
    'refuses the share %p',
    share => {
      const result = validateTraffic({ blue: share, green: '0' }, deployments);
      expect(result.traffic).toBeUndefined();
      expect(result.problems).toEqual([
        'The share of blue must be a whole number from 0 to 100',
      ]);
    },
  );

  it('refuses a deployment the endpoint does not have', () => {
    const result = validateTraffic({ blue: '90', ghost: '10' }, deployments);
    expect(result.traffic).toBeUndefined();
    expect(result.problems).toEqual([
      'ghost is not a deployment of this endpoint',
    ]);
  });

  it('counts only the valid shares in the live total', () => {
    expect(validateTraffic({ blue: '70', green: 'x' }, deployments).total).toBe(
      70,
    );
  });
});

describe('isSameTraffic', () => {
  it('counts a deployment left out as 0', () => {
    expect(isSameTraffic({ blue: 100 }, { blue: 100, green: 0 })).toBe(true);
    expect(isSameTraffic({ blue: 90, green: 10 }, { blue: 100 })).toBe(false);
  });
});
