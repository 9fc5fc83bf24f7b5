/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { linearScale, seriesPath, valueExtent } from './seriesPath';

describe('linearScale', () => {
  it('maps data to pixels and back', () => {
    const x = linearScale([0, 10], [0, 100]);
    expect(x(5)).toBe(50);
    expect(x.invert(25)).toBe(2.5);
    const y = linearScale([0, 1], [200, 0]);
    expect(y(0.25)).toBe(150);
    expect(y.invert(0)).toBe(1);
  });

  it('maps an empty domain to the middle of the range', () => {
    const x = linearScale([3, 3], [0, 100]);
    expect(x(3)).toBe(50);
    expect(x.invert(10)).toBe(3);
  });
});

describe('seriesPath', () => {
  const x = linearScale([0, 2], [0, 100]);
  const y = linearScale([0, 1], [100, 0]);

  it('draws one path through every point', () => {
    expect(seriesPath([0, 1, 2], [0, 1, 0], x, y)).toBe('M0,100L50,0L100,100');
  });

  it('rounds to a tenth of a pixel', () => {
    const third = linearScale([0, 3], [0, 100]);
    expect(seriesPath([1, 2], [0.5, 0.5], third, y)).toBe('M33.3,50L66.7,50');
  });

  it('breaks the line at values that are not finite', () => {
    expect(seriesPath([0, 0.5, 1, 2], [0, NaN, 1, 1], x, y)).toBe(
      'M0,100M50,0L100,0',
    );
  });

  it('draws only the points from start to end', () => {
    expect(seriesPath([0, 1, 2], [0, 1, 0], x, y, 1, 3)).toBe('M50,0L100,100');
    expect(seriesPath([0, 1, 2], [0, 1, 0], x, y, 2, 2)).toBe('');
  });

  it('builds a 5,000-point path quickly', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => i);
    const ys = xs.map(i => Math.sin(i / 100));
    const began = performance.now();
    const d = seriesPath(
      xs,
      ys,
      linearScale([0, 4999], [0, 600]),
      linearScale([-1, 1], [240, 0]),
    );
    expect(performance.now() - began).toBeLessThan(250);
    expect(d.match(/L/g)).toHaveLength(4999);
  });
});

describe('valueExtent', () => {
  it('finds the smallest and largest finite value', () => {
    expect(valueExtent([3, NaN, -1, Infinity, 2])).toEqual([-1, 3]);
    expect(valueExtent([3, 9, -1, 2], 1, 2)).toEqual([9, 9]);
  });

  it('is undefined when there is no finite value', () => {
    expect(valueExtent([NaN])).toBeUndefined();
    expect(valueExtent([])).toBeUndefined();
  });
});
