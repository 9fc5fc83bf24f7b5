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
import { InfoCard, Link } from '@backstage/core-components';
import type { AzureMlJobIo } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { JobIoLink } from './jobIoLinks';

const wrap = { overflowWrap: 'anywhere' } as const;
const noWrap = { whiteSpace: 'nowrap' } as const;

/**
 * The inputs or the outputs of a job: name, type, where the data is (or the
 * literal value), how the job sees it, and a link to the asset in the tab
 * when there is one.
 *
 * @internal
 */
export function JobIoCard(props: {
  title: 'Inputs' | 'Outputs';
  bindings: Record<string, AzureMlJobIo>;
  linkOf(binding: AzureMlJobIo): JobIoLink | undefined;
}) {
  const { title, bindings, linkOf } = props;
  const entries = Object.entries(bindings);
  return (
    <InfoCard title={title} titleTypographyProps={{ component: 'h3' }}>
      {entries.length === 0 ? (
        <Typography variant="body2">
          This job has no {title.toLowerCase()}.
        </Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>URI or value</TableCell>
              <TableCell>Mode</TableCell>
              <TableCell>Asset</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map(([name, binding]) => {
              const link = linkOf(binding);
              return (
                <TableRow key={name}>
                  <TableCell component="th" scope="row" style={wrap}>
                    {name}
                  </TableCell>
                  <TableCell style={noWrap}>{binding.type}</TableCell>
                  <TableCell style={wrap}>
                    {binding.uri ?? binding.value ?? '—'}
                  </TableCell>
                  <TableCell style={noWrap}>{binding.mode ?? '—'}</TableCell>
                  <TableCell>
                    {link ? <Link to={link.to}>{link.label}</Link> : '—'}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
