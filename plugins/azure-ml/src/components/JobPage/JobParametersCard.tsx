/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';

/**
 * The parameters a job logged, as a name/value table in name order.
 *
 * @internal
 */
export function JobParametersCard(props: {
  parameters: Record<string, string>;
}) {
  const entries = Object.entries(props.parameters).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <InfoCard title="Parameters" titleTypographyProps={{ component: 'h3' }}>
      {entries.length === 0 ? (
        <Typography variant="body2">This job logged no parameters.</Typography>
      ) : (
        <Table size="small" aria-label="Parameters">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Value</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map(([name, value]) => (
              <TableRow key={name}>
                <TableCell component="th" scope="row">
                  {name}
                </TableCell>
                <TableCell style={{ overflowWrap: 'anywhere' }}>
                  {value}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
