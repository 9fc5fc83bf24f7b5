/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { TrafficSplitBar } from './TrafficSplitBar';

function segments(bar: HTMLElement) {
  return Array.from(bar.querySelectorAll<HTMLElement>('[data-deployment]')).map(
    segment => ({
      deployment: segment.dataset.deployment,
      width: segment.style.width,
      label: segment.textContent,
      colour: segment.style.backgroundColor,
    }),
  );
}

function legend(bar: HTMLElement) {
  return within(bar)
    .getAllByRole('listitem')
    .map(item => item.textContent);
}

describe('TrafficSplitBar', () => {
  it('sizes one segment per deployment by its share, in distinct colours', async () => {
    await renderInTestApp(
      <TrafficSplitBar traffic={{ green: 10, blue: 90 }} />,
    );
    const bar = screen.getByRole('img', {
      name: 'Traffic: blue 90%, green 10%',
    });
    const shown = segments(bar);
    expect(shown.map(({ colour: _, ...s }) => s)).toEqual([
      { deployment: 'blue', width: '90%', label: 'blue 90%' },
      // Too narrow for a label inside: the legend names it.
      { deployment: 'green', width: '10%', label: '' },
    ]);
    expect(shown[0].colour).not.toBe('');
    expect(shown[0].colour).not.toBe(shown[1].colour);
    expect(legend(bar)).toEqual(['blue 90%', 'green 10%']);
  });

  it('lists a deployment with 0% in the legend only', async () => {
    await renderInTestApp(
      <TrafficSplitBar traffic={{ blue: 0, green: 100 }} />,
    );
    const bar = screen.getByRole('img', {
      name: 'Traffic: blue 0%, green 100%',
    });
    expect(segments(bar).map(s => [s.deployment, s.width])).toEqual([
      ['green', '100%'],
    ]);
    expect(legend(bar)).toEqual(['blue 0%', 'green 100%']);
  });

  it('keeps labels out of the thin bar when compact', async () => {
    await renderInTestApp(
      <TrafficSplitBar compact traffic={{ blue: 50, green: 50 }} />,
    );
    const bar = screen.getByRole('img', {
      name: 'Traffic: blue 50%, green 50%',
    });
    expect(segments(bar).map(s => [s.width, s.label])).toEqual([
      ['50%', ''],
      ['50%', ''],
    ]);
    expect(legend(bar)).toEqual(['blue 50%', 'green 50%']);
  });

  it('says when the endpoint has no deployments', async () => {
    await renderInTestApp(<TrafficSplitBar traffic={{}} />);
    const bar = screen.getByRole('img', { name: 'Traffic: no deployments' });
    expect(segments(bar)).toEqual([]);
    expect(legend(bar)).toEqual(['No deployments']);
  });
});
