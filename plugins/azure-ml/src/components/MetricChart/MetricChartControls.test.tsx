/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, fireEvent, renderHook, screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { MetricChartControls } from './MetricChartControls';
import { useMetricChartSettings } from './useMetricChartSettings';

function Probe() {
  const settings = useMetricChartSettings();
  return (
    <>
      <MetricChartControls settings={settings} />
      <output aria-label="settings">
        {settings.xAxis} {settings.smoothing}
      </output>
    </>
  );
}

function shown() {
  return screen.getByRole('status', { name: 'settings' }).textContent;
}

describe('MetricChartControls', () => {
  it('switches the x axis, and never to none', async () => {
    await renderInTestApp(<Probe />);
    expect(shown()).toBe('step 0.6');
    const time = screen.getByRole('button', { name: 'Time' });
    fireEvent.click(time);
    expect(shown()).toBe('time 0.6');
    expect(time).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(time);
    expect(shown()).toBe('time 0.6');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(shown()).toBe('step 0.6');
  });

  it('sets the smoothing from 0 to 0.99 with the keyboard', async () => {
    await renderInTestApp(<Probe />);
    const slider = screen.getByRole('slider', { name: 'Smoothing' });
    expect(slider).toHaveAttribute('aria-valuemax', '0.99');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(shown()).toBe('step 0.61');
    expect(screen.getByText('0.61')).toBeInTheDocument();
    fireEvent.keyDown(slider, { key: 'End' });
    expect(shown()).toBe('step 0.99');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(shown()).toBe('step 0');
  });
});

describe('useMetricChartSettings', () => {
  it('starts from the given settings and clamps the smoothing', () => {
    const { result } = renderHook(() =>
      useMetricChartSettings({ xAxis: 'time', smoothing: 0 }),
    );
    expect(result.current).toMatchObject({ xAxis: 'time', smoothing: 0 });
    act(() => result.current.setSmoothing(2));
    expect(result.current.smoothing).toBe(0.99);
    act(() => result.current.setSmoothing(-1));
    expect(result.current.smoothing).toBe(0);
  });
});
