/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { entityName } from './entityName';

describe('entityName', () => {
  it('joins, lowercases and replaces characters Backstage refuses', () => {
    expect(entityName('mlw-Vision', 'model', 'Defect Classifier')).toBe(
      'mlw-vision-model-defect-classifier',
    );
    expect(entityName('ws', 'data', '__raw..images--')).toBe(
      'ws-data-raw.images',
    );
  });

  it('cuts names over 63 characters and adds a hash of the whole name', () => {
    const long = 'a'.repeat(50);
    const one = entityName('mlw-vision', 'model', `${long}-one`);
    const two = entityName('mlw-vision', 'model', `${long}-two`);
    expect(one).toHaveLength(63);
    expect(one).toMatch(/^mlw-vision-model-a+-[0-9a-f]{8}$/);
    expect(one).not.toBe(two);
    expect(entityName('mlw-vision', 'model', `${long}-one`)).toBe(one);
  });

  it('keeps a name of exactly 63 characters as it is', () => {
    const name = 'x'.repeat(63);
    expect(entityName(name)).toBe(name);
  });
});
