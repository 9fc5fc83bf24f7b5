/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Theme } from '@material-ui/core/styles';

/**
 * How the line of one series is drawn: a colour of the theme, and a dash
 * pattern once the colours run out, so that every series stays apart.
 *
 * @internal
 */
export interface SeriesStyle {
  color: string;
  /** An SVG `stroke-dasharray`, or undefined for a solid line. */
  dash?: string;
}

const DASHES = [undefined, '6 3', '2 3'];

/**
 * The style of the `index`-th series of a chart, from the theme's palette,
 * so that it reads in light and dark themes alike.
 *
 * @internal
 */
export function seriesStyle(theme: Theme, index: number): SeriesStyle {
  const { palette } = theme;
  const colors = [
    palette.primary.main,
    palette.secondary.main,
    palette.success.main,
    palette.warning.main,
    palette.info.main,
    palette.error.main,
  ];
  return {
    color: colors[index % colors.length],
    dash: DASHES[Math.floor(index / colors.length) % DASHES.length],
  };
}
