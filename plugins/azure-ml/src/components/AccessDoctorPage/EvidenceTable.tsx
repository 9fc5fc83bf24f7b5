/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { AccessCheckEvidence } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The facts a check read (a token claim, a granted action), one per row.
 *
 * @internal
 */
export function EvidenceTable(props: { evidence: AccessCheckEvidence[] }) {
  return (
    <Table size="small" aria-label="Evidence">
      <TableHead>
        <TableRow>
          <TableCell>Evidence</TableCell>
          <TableCell>Value</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.evidence.map((fact, index) => (
          <TableRow key={`${fact.label}-${index}`}>
            <TableCell component="th" scope="row">
              {fact.label}
            </TableCell>
            <TableCell style={{ overflowWrap: 'anywhere' }}>
              <code>{fact.value}</code>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
