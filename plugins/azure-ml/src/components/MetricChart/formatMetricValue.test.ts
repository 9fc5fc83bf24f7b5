/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { formatMetricValue } from './formatMetricValue';

describe('formatMetricValue', () => {
  it('shows five significant digits', () => {
    expect(formatMetricValue(0.123456789)).toBe('0.12346');
    expect(formatMetricValue(42)).toBe('42');
    expect(formatMetricValue(-1234.5678)).toBe('-1234.6');
    expect(formatMetricValue(0)).toBe('0');
  });

  it('uses exponents for very large and very small values', () => {
    expect(formatMetricValue(12_345_678)).toBe('1.235e+7');
    expect(formatMetricValue(0.0000123)).toBe('1.230e-5');
  });

  it('names values that are not numbers', () => {
    expect(formatMetricValue(NaN)).toBe('NaN');
    expect(formatMetricValue(Infinity)).toBe('∞');
    expect(formatMetricValue(-Infinity)).toBe('−∞');
  });
});
