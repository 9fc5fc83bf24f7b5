/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ArmError } from '../../server/errors';
import { checkedTraffic } from './trafficRules';

const refusal = (traffic: unknown) => {
  try {
    checkedTraffic(traffic, 'scorer', ['blue', 'green']);
  } catch (error) {
    return [
      (error as ArmError).status,
      (error as ArmError).code,
      (error as ArmError).message,
    ];
  }
  throw new Error('accepted');
};

describe('checkedTraffic', () => {
  it('accepts shares of existing deployments adding up to 100, or none', () => {
    expect(
      checkedTraffic({ blue: 90, GREEN: 10 }, 'scorer', ['blue', 'green']),
    ).toEqual({ blue: 90, GREEN: 10 });
    expect(
      checkedTraffic({ blue: 0, green: 0 }, 'scorer', ['blue', 'green']),
    ).toEqual({ blue: 0, green: 0 });
    expect(checkedTraffic(undefined, 'scorer', [])).toEqual({});
  });

  it('refuses other sums, unknown deployments and non-percentages with 400 UserError', () => {
    expect(refusal({ blue: 90, green: 20 })).toEqual([
      400,
      'UserError',
      "Traffic of endpoint 'scorer' must add up to 100; it adds up to 110.",
    ]);
    expect(refusal({ blue: 50, red: 50 })).toEqual([
      400,
      'UserError',
      "Traffic names deployment 'red', which does not exist on endpoint 'scorer'.",
    ]);
    expect(refusal({ blue: 99.5, green: 0.5 })[2]).toBe(
      "Traffic of deployment 'blue' must be a whole percentage from 0 to 100; got 99.5.",
    );
    expect(refusal({ blue: '100' })[2]).toBe(
      'Traffic of deployment \'blue\' must be a whole percentage from 0 to 100; got "100".',
    );
    expect(refusal([100])[2]).toBe(
      "Traffic of endpoint 'scorer' must map deployment names to percentages.",
    );
  });
});
