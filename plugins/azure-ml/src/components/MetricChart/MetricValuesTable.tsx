/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { formatMetricTime, formatMetricValue } from './formatMetricValue';
import type { PreparedSeries } from './prepareSeries';

/** How many of the newest values of each series the table lists. */
export const VALUES_TABLE_ROWS = 10;

/**
 * The newest values of each series of a chart as a table, the chart's
 * content for those who cannot see it.
 *
 * @internal
 */
export function MetricValuesTable(props: {
  id: string;
  caption: string;
  series: readonly PreparedSeries[];
  smoothed: boolean;
}) {
  const { id, caption, series, smoothed } = props;
  const named = series.length > 1;
  return (
    <Table id={id} size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          {named && <TableCell>Series</TableCell>}
          <TableCell align="right">Step</TableCell>
          <TableCell>Time</TableCell>
          <TableCell align="right">Value</TableCell>
          {smoothed && <TableCell align="right">Smoothed</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {series.flatMap(s => {
          const from = Math.max(0, s.points.length - VALUES_TABLE_ROWS);
          return s.points
            .slice(from)
            .map((point, i) => (
              <TableRow key={`${s.label}-${from + i}`}>
                {named && <TableCell>{s.label}</TableCell>}
                <TableCell align="right">{point.step}</TableCell>
                <TableCell>{formatMetricTime(point.timestamp)}</TableCell>
                <TableCell align="right">
                  {formatMetricValue(s.raw[from + i])}
                </TableCell>
                {smoothed && (
                  <TableCell align="right">
                    {formatMetricValue(s.smoothed[from + i])}
                  </TableCell>
                )}
              </TableRow>
            ))
            .reverse();
        })}
      </TableBody>
    </Table>
  );
}
