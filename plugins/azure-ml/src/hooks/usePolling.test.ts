/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, renderHook } from '@testing-library/react';
import type { AzureMlDataState } from './useAzureMlData';
import { usePolling } from './usePolling';

type Status = AzureMlDataState<unknown>['status'];

function renderPolling(status: Status, active: boolean) {
  const reload = jest.fn();
  const hook = renderHook(
    (props: { status: Status; active: boolean }) =>
      usePolling({ status: props.status, reload }, props.active, 5_000),
    { initialProps: { status, active } },
  );
  return { reload, ...hook };
}

function advance(ms: number) {
  act(() => {
    jest.advanceTimersByTime(ms);
  });
}

describe('usePolling', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reloads the interval after each answer while active', () => {
    const { reload, rerender } = renderPolling('loaded', true);
    advance(4_999);
    expect(reload).not.toHaveBeenCalled();
    advance(1);
    expect(reload).toHaveBeenCalledTimes(1);

    rerender({ status: 'loading', active: true });
    advance(60_000);
    expect(reload).toHaveBeenCalledTimes(1);

    rerender({ status: 'failed', active: true });
    advance(5_000);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload while inactive, and stops when it turns inactive', () => {
    const { reload, rerender, unmount } = renderPolling('loaded', false);
    advance(60_000);
    expect(reload).not.toHaveBeenCalled();

    rerender({ status: 'loaded', active: true });
    advance(4_000);
    rerender({ status: 'loaded', active: false });
    advance(60_000);
    expect(reload).not.toHaveBeenCalled();

    rerender({ status: 'loaded', active: true });
    unmount();
    advance(60_000);
    expect(reload).not.toHaveBeenCalled();
  });
});
