/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  InputError,
  deserializeError,
  serializeError,
} from '@backstage/errors';
import { InvalidResourceIdError } from './InvalidResourceIdError';

describe('InvalidResourceIdError', () => {
  const error = new InvalidResourceIdError(
    'workspaceName',
    'workspace name "a" is 1 characters long; it must be 3-33 characters',
  );

  it('is an InputError, so the error middleware answers 400', () => {
    expect(error).toBeInstanceOf(InvalidResourceIdError);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(Error);
    // MiddlewareFactory maps errors to status codes by name.
    expect(error.name).toBe('InputError');
  });

  it('says which segment is wrong and why', () => {
    expect(error.segment).toBe('workspaceName');
    expect(error.reason).toBe(
      'workspace name "a" is 1 characters long; it must be 3-33 characters',
    );
    expect(error.message).toBe(
      'Invalid Azure ML resource id: workspace name "a" is 1 characters long; it must be 3-33 characters',
    );
    expect(error.cause).toBeUndefined();
  });

  it('keeps its name and message across serialization', () => {
    const copy = deserializeError(serializeError(error));
    expect(copy.name).toBe('InputError');
    expect(copy.message).toBe(error.message);
  });
});
