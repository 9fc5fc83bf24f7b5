/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { AccessDoctorReport } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatTimestamp } from '../shared';
import { AccessCheckCard } from './AccessCheckCard';
import {
  describeSubject,
  verdictLabels,
  verdictsWorstFirst,
} from './accessDoctorVocabulary';

/** "1 Fail · 1 Warning · 4 Pass": how many checks got each verdict. */
function tally(report: AccessDoctorReport): string {
  return verdictsWorstFirst
    .map(verdict => ({
      verdict,
      count: report.checks.filter(c => c.verdict === verdict).length,
    }))
    .filter(({ count }) => count > 0)
    .map(({ verdict, count }) => `${count} ${verdictLabels[verdict]}`)
    .join(' · ');
}

/**
 * The access doctor's report: whom and what it checked and when, a tally
 * of the verdicts, then one card per check in the order they ran.
 *
 * @internal
 */
export function AccessDoctorReportView(props: {
  report: AccessDoctorReport;
  refusedAction?: string;
}) {
  const { report, refusedAction } = props;
  return (
    <Box component="section" aria-label="Access doctor report">
      <Box mb={2}>
        <Typography variant="body2">
          Checked {describeSubject(report.subject)} on{' '}
          <code style={{ overflowWrap: 'anywhere' }}>{report.workspaceId}</code>{' '}
          (tenant {report.workspaceTenantId}),{' '}
          <time dateTime={report.checkedAt}>
            {formatTimestamp(report.checkedAt)}
          </time>
          .
        </Typography>
        <Typography variant="subtitle2">{tally(report)}</Typography>
      </Box>
      <Grid container spacing={3}>
        {report.checks.map(check => (
          <Grid item xs={12} key={check.id}>
            <AccessCheckCard check={check} refusedAction={refusedAction} />
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}
