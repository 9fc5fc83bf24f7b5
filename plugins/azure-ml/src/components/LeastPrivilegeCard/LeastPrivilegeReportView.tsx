/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { AzureMlLeastPrivilegeReport } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatTimestamp } from '../shared';
import { AssignedPrincipal } from './AssignedPrincipal';
import { RecommendedRole } from './RecommendedRole';

function Counts(props: { report: AzureMlLeastPrivilegeReport }) {
  const { report } = props;
  return (
    <Typography variant="body2">
      From {formatTimestamp(report.from)} to {formatTimestamp(report.to)}:{' '}
      {report.eventCount} succeeded{' '}
      {report.eventCount === 1 ? 'event' : 'events'} read
      {report.unattributedEvents > 0
        ? `, ${report.unattributedEvents} of them naming no Entra object id and so counted for nobody`
        : ''}
      .
    </Typography>
  );
}

function RecommendedRoles(props: { report: AzureMlLeastPrivilegeReport }) {
  const { report } = props;
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} mt={3}>
      <Typography variant="h6" component="h3" id={headingId}>
        Recommended custom roles
      </Typography>
      {report.roles.length === 0 ? (
        <Typography variant="body2">
          Nobody made a change in this workspace in the window, so there is no
          role to recommend. Try a longer window.
        </Typography>
      ) : (
        report.roles.map(role => (
          <RecommendedRole
            key={`${role.subject.kind}:${
              role.subject.entityRef ?? role.subject.objectId
            }`}
            role={role}
          />
        ))
      )}
    </Box>
  );
}

function CurrentAssignments(props: { report: AzureMlLeastPrivilegeReport }) {
  const { report } = props;
  const headingId = useId();
  let content;
  if (report.assignmentsUnavailable) {
    content = (
      <Alert severity="warning">
        <AlertTitle>
          Not compared: Azure would not list this workspace's role assignments
          to you
        </AlertTitle>
        {report.assignmentsUnavailable}
      </Alert>
    );
  } else if (report.assignments.length === 0) {
    content = (
      <Typography variant="body2">
        Nobody holds an Azure role assignment that applies at this workspace.
      </Typography>
    );
  } else {
    content = report.assignments.map(principal => (
      <AssignedPrincipal
        key={principal.principalId}
        principal={principal}
        workspaceId={report.workspaceId}
      />
    ));
  }
  return (
    <Box component="section" aria-labelledby={headingId} mt={3}>
      <Typography variant="h6" component="h3" id={headingId}>
        Current role assignments
      </Typography>
      {content}
    </Box>
  );
}

/**
 * The least-privilege advice for one workspace: what it rests on (writes
 * only, so each role goes together with Reader), one recommended custom
 * role per group or ungrouped principal, and each assigned principal's
 * roles against what was used.
 *
 * @internal
 */
export function LeastPrivilegeReportView(props: {
  report: AzureMlLeastPrivilegeReport;
}) {
  const { report } = props;
  return (
    <>
      <Box mb={2}>
        <Alert severity="info">
          <AlertTitle>
            Reads are not recorded: assign each role together with Reader
          </AlertTitle>
          {report.note}
        </Alert>
      </Box>
      <Counts report={report} />
      <RecommendedRoles report={report} />
      <CurrentAssignments report={report} />
    </>
  );
}
