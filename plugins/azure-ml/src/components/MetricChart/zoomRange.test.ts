/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  clampRange,
  isZoomed,
  minZoomSpan,
  selectionRange,
  zoomBy,
} from './zoomRange';

const full = { min: 0, max: 100 };

describe('clampRange', () => {
  it('moves a range back inside the whole without stretching it', () => {
    expect(clampRange({ min: 90, max: 110 }, full, 2)).toEqual({
      min: 80,
      max: 100,
    });
    expect(clampRange({ min: -5, max: 5 }, full, 2)).toEqual({
      min: 0,
      max: 10,
    });
  });

  it('widens a range narrower than minSpan around its middle', () => {
    expect(clampRange({ min: 50, max: 50 }, full, 4)).toEqual({
      min: 48,
      max: 52,
    });
  });

  it('never gets wider than the whole', () => {
    expect(clampRange({ min: -50, max: 500 }, full, 2)).toEqual(full);
  });
});

describe('selectionRange', () => {
  it('takes a drag in either direction', () => {
    expect(selectionRange(60, 20, full, 2)).toEqual({ min: 20, max: 60 });
    expect(selectionRange(20, 60, full, 2)).toEqual({ min: 20, max: 60 });
  });
});

describe('zoomBy', () => {
  it('zooms in and out around the middle', () => {
    const zoomedIn = zoomBy(full, full, 0.5, 2);
    expect(zoomedIn).toEqual({ min: 25, max: 75 });
    expect(zoomBy(zoomedIn, full, 2, 2)).toEqual(full);
  });

  it('keeps the point under the center where it is', () => {
    expect(zoomBy(full, full, 0.5, 2, 10)).toEqual({ min: 5, max: 55 });
  });

  it('stays inside the whole when zooming out near an edge', () => {
    expect(zoomBy({ min: 0, max: 20 }, full, 2, 2, 5)).toEqual({
      min: 0,
      max: 40,
    });
    expect(zoomBy({ min: 20, max: 80 }, full, 4, 2)).toEqual(full);
  });

  it('stops at the narrowest span', () => {
    expect(zoomBy({ min: 10, max: 13 }, full, 0.5, 2)).toEqual({
      min: 10.5,
      max: 12.5,
    });
  });
});

describe('isZoomed', () => {
  it('tells whether part of the whole is hidden', () => {
    expect(isZoomed(full, full)).toBe(false);
    expect(isZoomed({ min: 0, max: 99 }, full)).toBe(true);
    expect(isZoomed({ min: 1, max: 100 }, full)).toBe(true);
  });
});

describe('minZoomSpan', () => {
  it('is a thousandth of the whole, at least the floor, at most the whole', () => {
    expect(minZoomSpan({ min: 0, max: 100_000 }, 2)).toBe(100);
    expect(minZoomSpan(full, 2)).toBe(2);
    expect(minZoomSpan({ min: 0, max: 1 }, 2)).toBe(1);
  });
});
