/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress } from '@backstage/core-components';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import {
  advisorWindowEndingAt,
  type AdvisorWindow,
  type AdvisorWindowDays,
} from './advisorWindow';
import { LeastPrivilegeReportView } from './LeastPrivilegeReportView';
import { WindowSelect } from './WindowSelect';

const title = 'Least-privilege advisor';

/** The window the card opens with: the backend's default, 30 days. */
const DEFAULT_DAYS: AdvisorWindowDays = 30;

/**
 * The "Least-privilege advisor" card of one workspace: for the window
 * chosen (the last 7, 30 or 90 days), the Azure actions each group used
 * there, a custom role covering exactly them with the `az` command that
 * creates it, and each assigned principal's roles, unused permissions and
 * actions not granted. Needs the Backstage permission `azureMl.audit.read`.
 *
 * @internal
 */
export function LeastPrivilegeCard(props: {
  /** The Azure Resource Manager id of the workspace to advise on. */
  workspaceId: string;
}) {
  const { workspaceId } = props;
  const [chosenWindow, setChosenWindow] = useState<AdvisorWindow>(() =>
    advisorWindowEndingAt(DEFAULT_DAYS),
  );
  const report = useAzureMlData(
    api =>
      api.getLeastPrivilege({
        workspaceId,
        from: chosenWindow.from,
        to: chosenWindow.to,
      }),
    [workspaceId, chosenWindow.from, chosenWindow.to],
  );

  let content;
  if (report.status === 'failed') {
    content = (
      <AzureMlErrorPanel
        error={report.error}
        onRetry={report.reload}
        workspaceId={workspaceId}
      />
    );
  } else if (report.status === 'loading' || !report.value) {
    content = <Progress />;
  } else {
    content = <LeastPrivilegeReportView report={report.value} />;
  }

  return (
    <section aria-label={title}>
      <InfoCard title={title} titleTypographyProps={{ component: 'h2' }}>
        <Box mb={2}>
          <Typography variant="body2" color="textSecondary">
            What each group actually changed in this workspace, read from the
            audit log and the Azure Activity Log, as a custom role that grants
            exactly that — and what the current role assignments grant beyond
            it.
          </Typography>
        </Box>
        <Box mb={2}>
          <WindowSelect
            value={chosenWindow.days}
            onChange={days => setChosenWindow(advisorWindowEndingAt(days))}
          />
        </Box>
        {content}
      </InfoCard>
    </section>
  );
}
