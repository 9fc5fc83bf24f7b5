/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import ReplayIcon from '@material-ui/icons/Replay';
import Alert from '@material-ui/lab/Alert';
import { Content, ContentHeader, Progress } from '@backstage/core-components';
import { type ParsedWorkspaceId } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { readWorkspaceFromAddress, WorkspaceIdSelect } from '../shared';
import { AccessDoctorReportView } from './AccessDoctorReportView';
import { RefusedAction } from './RefusedAction';
import { SubjectControl } from './SubjectControl';
import { useAccessDoctorQuery } from './useAccessDoctorQuery';

function ChosenWorkspace(props: {
  workspace: ParsedWorkspaceId;
  onChange(): void;
}) {
  const { workspace, onChange } = props;
  return (
    <Box component="section" aria-label="Workspace to check">
      <Typography variant="subtitle2">Workspace</Typography>
      <Typography variant="body1">
        {workspace.workspace.workspaceName}{' '}
        <Typography component="span" variant="body2" color="textSecondary">
          in {workspace.workspace.resourceGroup}, subscription{' '}
          {workspace.workspace.subscriptionId}
        </Typography>
      </Typography>
      <Button size="small" onClick={onChange}>
        Choose another workspace
      </Button>
    </Box>
  );
}

/**
 * The access doctor: for one workspace and one subject (the signed-in user
 * by default; the service identity or another user for administrators), it
 * runs every check between them and Azure ML — sign-in token, consent,
 * guest account, Azure RBAC, Backstage permissions, the service identity —
 * and shows each verdict with its evidence and the exact fix: the role to
 * grant and where, the `az` command, the portal steps, the consent link.
 *
 * @remarks
 *
 * Its address carries `workspace` (the workspace's ARM id), `action` and
 * `scope` (what was refused, shown on top and marked in the features) and
 * `subject`; refusals elsewhere in the portal link here with them filled
 * in.
 *
 * @internal
 */
export function AccessDoctorPage() {
  const query = useAccessDoctorQuery();
  const { workspace, problem } = readWorkspaceFromAddress(
    query.workspaceId,
    'checked',
  );
  const { subject } = query.subject;
  const { action } = query;
  const ready = workspace && subject;
  const report = useAzureMlData(
    api =>
      ready
        ? api.getAccessDoctorReport({
            workspaceId: workspace.id,
            subject,
            ...(action ? { action } : {}),
          })
        : Promise.resolve(undefined),
    [workspace?.id, subject, action],
  );
  const running = report.status === 'loading';

  let results;
  if (!ready) {
    results = null;
  } else if (report.status === 'failed') {
    results = (
      <AzureMlErrorPanel
        error={report.error}
        onRetry={report.reload}
        hideAccessDoctorLink
      />
    );
  } else if (!report.value) {
    results = <Progress />;
  } else {
    results = (
      <>
        {running && <Progress />}
        <AccessDoctorReportView
          report={report.value}
          refusedAction={query.action}
        />
      </>
    );
  }

  return (
    <Content>
      <ContentHeader title="Access doctor">
        {ready && (
          <Button
            variant="outlined"
            startIcon={<ReplayIcon />}
            onClick={report.reload}
            disabled={running}
          >
            Run again
          </Button>
        )}
      </ContentHeader>
      <Box mb={2}>
        <Typography variant="body2" color="textSecondary">
          Checks, for a workspace, each lock between a person and Azure Machine
          Learning: the sign-in token, the app&apos;s consent, guest accounts,
          Azure role assignments, the Backstage permission policy and the
          portal&apos;s service identity, and says how to fix what fails.
        </Typography>
      </Box>
      {query.action && (
        <RefusedAction action={query.action} scope={query.scope} />
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          {problem && (
            <Box mb={2}>
              <Alert severity="warning">{problem}</Alert>
            </Box>
          )}
          {workspace ? (
            <ChosenWorkspace
              workspace={workspace}
              onChange={() => query.setWorkspace(undefined)}
            />
          ) : (
            <WorkspaceIdSelect
              onChange={query.setWorkspace}
              helperText="The workspace whose access to check."
              emptyText="You can see no Azure Machine Learning workspace in the configured subscriptions, so there is no workspace to check."
              hideAccessDoctorLink
            />
          )}
        </Grid>
        <Grid item xs={12} md={6}>
          <SubjectControl subject={subject} onChange={query.setSubject} />
          {query.subject.problem && (
            <Box mt={1}>
              <Alert severity="warning">{query.subject.problem}</Alert>
            </Box>
          )}
        </Grid>
        <Grid item xs={12}>
          {results}
        </Grid>
      </Grid>
    </Content>
  );
}
