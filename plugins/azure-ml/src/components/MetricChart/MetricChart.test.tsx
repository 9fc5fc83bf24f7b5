/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { MetricSeries } from '@azure-ml-backstage/plugin-azure-ml-common';
import { MetricChart, type MetricChartProps } from './MetricChart';

const T0 = Date.UTC(2026, 3, 1, 10, 0, 0);

function series(
  key: string,
  count: number,
  value: (step: number) => number = step => 1 / (step + 1),
  extra: Partial<MetricSeries> = {},
): MetricSeries {
  return {
    key,
    points: Array.from({ length: count }, (_, step) => ({
      step,
      timestamp: T0 + step * 1000,
      value: value(step),
    })),
    totalPoints: count,
    downsampled: false,
    ...extra,
  };
}

async function render(props: Partial<MetricChartProps> = {}) {
  await renderInTestApp(
    <MetricChart
      series={[{ label: 'run-1', series: series('loss', 100) }]}
      xAxis="step"
      smoothing={0}
      {...props}
    />,
  );
  return {
    root: screen.getByTestId(props.testId ?? 'metric-chart-loss'),
    chart: screen.getByRole('img'),
  };
}

function pointsDrawn(root: HTMLElement): number {
  return Number(root.getAttribute('data-points'));
}

function lines(chart: Element, kind: 'raw' | 'smoothed'): Element[] {
  return Array.from(chart.querySelectorAll(`path[data-line="${kind}"]`));
}

describe('MetricChart', () => {
  it('draws the series as one path, named with its latest value', async () => {
    const { root, chart } = await render();
    expect(chart).toHaveAttribute(
      'aria-label',
      'loss: latest value 0.01 at step 99',
    );
    expect(pointsDrawn(root)).toBe(100);
    const raw = lines(chart, 'raw');
    expect(raw).toHaveLength(1);
    expect(raw[0].getAttribute('d')?.match(/L/g)).toHaveLength(99);
    expect(lines(chart, 'smoothed')).toHaveLength(0);
    expect(within(chart).getByText('Step')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'loss' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Latest: step 99, value 0\.01,/),
    ).toBeInTheDocument();
  });

  it('draws the smoothed line over a faint raw line', async () => {
    const { chart } = await render({ smoothing: 0.6 });
    const [raw] = lines(chart, 'raw');
    const [smoothed] = lines(chart, 'smoothed');
    expect(raw).toHaveAttribute('stroke-opacity', '0.25');
    expect(smoothed).toBeDefined();
    expect(smoothed.getAttribute('d')).not.toBe(raw.getAttribute('d'));
    expect(
      screen.getByText(/^Latest: step 99, value 0\.01 \(smoothed /),
    ).toBeInTheDocument();
  });

  it('labels the value axis with round ticks', async () => {
    const { chart } = await render({
      series: [{ label: 'a', series: series('accuracy', 10, s => s / 10) }],
      testId: 'acc',
    });
    const yLabels = Array.from(
      chart.querySelectorAll('text[text-anchor="end"]'),
    ).map(text => text.textContent);
    expect(yLabels).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1.0']);
  });

  it('says when the points were downsampled', async () => {
    await render({
      series: [
        {
          label: 'run-1',
          series: series('loss', 100, undefined, {
            totalPoints: 12_000,
            downsampled: true,
          }),
        },
      ],
    });
    expect(screen.getByText(/Showing 100 of 12000 points/)).toBeInTheDocument();
  });

  it('overlays several series with a legend, one colour each', async () => {
    const { root, chart } = await render({
      title: 'loss',
      series: [
        { label: 'run-1', series: series('loss', 100) },
        { label: 'run-2', series: series('loss', 50, s => 2 / (s + 1)) },
      ],
    });
    const legend = screen.getByRole('list', { name: 'Series of loss' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['run-1', 'run-2']);
    const strokes = lines(chart, 'raw').map(path =>
      path.parentElement?.getAttribute('stroke'),
    );
    expect(strokes).toHaveLength(2);
    expect(strokes[0]).not.toBe(strokes[1]);
    expect(pointsDrawn(root)).toBe(150);
    expect(chart.getAttribute('aria-label')).toBe(
      'loss: run-1 latest value 0.01 at step 99; run-2 latest value 0.04 at step 49',
    );
  });

  it('zooms into a range dragged across the plot, and resets', async () => {
    const { root, chart } = await render();
    const reset = screen.getByRole('button', { name: 'Reset zoom' });
    expect(reset).toBeDisabled();

    // The plot spans x = 64..544 for steps 0..99: 184..304 is steps ~25..49.
    fireEvent.mouseDown(chart, { clientX: 184, button: 0 });
    fireEvent.mouseMove(chart, { clientX: 304 });
    expect(chart.querySelector('rect[fill-opacity="0.15"]')).not.toBeNull();
    fireEvent.mouseUp(chart, { clientX: 304 });

    // 25 points in range and one more on each side.
    expect(pointsDrawn(root)).toBe(27);
    expect(chart.querySelector('rect[fill-opacity="0.15"]')).toBeNull();
    expect(reset).toBeEnabled();

    fireEvent.click(reset);
    expect(pointsDrawn(root)).toBe(100);
    expect(reset).toBeDisabled();
  });

  it('treats a click without a drag as no zoom', async () => {
    const { root, chart } = await render();
    fireEvent.mouseDown(chart, { clientX: 200, button: 0 });
    fireEvent.mouseUp(chart, { clientX: 202 });
    expect(pointsDrawn(root)).toBe(100);
  });

  it('zooms with the buttons', async () => {
    const { root } = await render();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomedIn = pointsDrawn(root);
    expect(zoomedIn).toBeLessThan(60);
    expect(zoomedIn).toBeGreaterThan(40);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(pointsDrawn(root)).toBe(100);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  });

  it('zooms and reads points with the keyboard', async () => {
    const { root, chart } = await render();
    expect(chart).toHaveAttribute('tabindex', '0');
    chart.focus();

    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByText(/^step 99, value 0\.01,/)).toBeInTheDocument();
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(screen.getByText(/^step 98, value 0\.010101,/)).toBeInTheDocument();
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(screen.getByText(/^step 0, value 1,/)).toBeInTheDocument();
    expect(chart.querySelectorAll('circle')).toHaveLength(1);

    fireEvent.keyDown(chart, { key: '+' });
    expect(pointsDrawn(root)).toBeLessThan(60);
    fireEvent.keyDown(chart, { key: '0' });
    expect(pointsDrawn(root)).toBe(100);

    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(chart.querySelectorAll('circle')).toHaveLength(0);
    expect(screen.getByText(/^Latest: step 99/)).toBeInTheDocument();
  });

  it('reads out the point nearest the mouse', async () => {
    const { chart } = await render({ smoothing: 0.5 });
    // x = 64 + 480 * 10/99 ≈ 112.5 is step 10.
    fireEvent.mouseMove(chart, { clientX: 113 });
    expect(
      screen.getByText(/^step 10, value 0\.090909 \(smoothed [0-9.]+\),/),
    ).toBeInTheDocument();
    fireEvent.mouseLeave(chart);
    expect(screen.getByText(/^Latest: step 99/)).toBeInTheDocument();
  });

  it('runs over time when asked, keeping the same points', async () => {
    const { root, chart } = await render({ xAxis: 'time' });
    expect(within(chart).getByText('Time')).toBeInTheDocument();
    expect(within(chart).queryByText('Step')).not.toBeInTheDocument();
    expect(pointsDrawn(root)).toBe(100);
  });

  it('shows the newest values as a table on demand', async () => {
    await render();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Show values' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    const table = screen.getByRole('table', { name: 'Newest values of loss' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveTextContent('99');
    expect(within(rows[0]).getAllByRole('cell')[2]).toHaveTextContent('0.01');
    expect(within(rows[9]).getAllByRole('cell')[0]).toHaveTextContent('90');
    fireEvent.click(screen.getByRole('button', { name: 'Hide values' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when a series has no values', async () => {
    const { root, chart } = await render({
      series: [{ label: 'run-1', series: series('loss', 0) }],
    });
    expect(chart).toHaveAttribute('aria-label', 'loss: no values logged');
    expect(within(chart).getByText('No values logged yet')).toBeInTheDocument();
    expect(pointsDrawn(root)).toBe(0);
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
  });

  it('renders a 5,000-point series as a single path', async () => {
    const began = performance.now();
    const { root, chart } = await render({
      series: [{ label: 'run-1', series: series('loss', 5000) }],
      smoothing: 0.9,
    });
    expect(performance.now() - began).toBeLessThan(3000);
    expect(pointsDrawn(root)).toBe(5000);
    expect(chart.querySelectorAll('path')).toHaveLength(2);
  });
});
