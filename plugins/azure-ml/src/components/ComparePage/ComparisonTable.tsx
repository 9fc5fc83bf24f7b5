/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { compareRuns, type ComparedRun } from './compareRuns';

const useStyles = makeStyles(theme => ({
  differs: {
    backgroundColor: theme.palette.action.selected,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  kind: { color: theme.palette.text.secondary },
}));

/**
 * The parameters and final metrics of several runs side by side, rows where
 * they differ highlighted (and said so in words, for screen readers).
 *
 * @internal
 */
export function ComparisonTable(props: { runs: ComparedRun[] }) {
  const { runs } = props;
  const classes = useStyles();
  const rows = compareRuns(runs);
  if (rows.length === 0) {
    return (
      <Typography>
        These runs have no parameters or metrics to compare.
      </Typography>
    );
  }
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Parameters and final metrics">
        <TableHead>
          <TableRow>
            <TableCell>Parameter or metric</TableCell>
            {runs.map(run => (
              <TableCell key={run.job.name}>{run.job.displayName}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow
              key={`${row.kind}:${row.name}`}
              data-differs={row.differs}
            >
              <TableCell component="th" scope="row">
                {row.name}{' '}
                <span className={classes.kind}>
                  ({row.kind === 'metric' ? 'final metric' : 'parameter'}
                  {row.differs ? ', differs' : ''})
                </span>
              </TableCell>
              {row.values.map((value, index) => (
                <TableCell
                  key={runs[index].job.name}
                  className={row.differs ? classes.differs : undefined}
                >
                  {value ?? '—'}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
