/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  isTerminalJobStatus,
  workspaceId,
  type AzureMlJob,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef } from '../../api';
import { useFeatureAccess } from '../../hooks/useFeatureAccess';
import {
  AccessDoctorLink,
  denialTarget,
  messageTarget,
} from '../AccessDoctorLink';
import { accessDeniedMessage } from '../AzureMlErrorPanel';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { cancelErrorMessage } from './cancelErrorMessage';

/**
 * Props of {@link CancelJobButton}.
 *
 * @internal
 */
export interface CancelJobButtonProps {
  /** The job to cancel. */
  job: AzureMlJob;
  /** Called with the job as Azure returned it once it accepted the cancel. */
  onCancelled(job: AzureMlJob): void;
}

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: theme.spacing(0.5),
    maxWidth: 360,
  },
  note: {
    textAlign: 'right',
    overflowWrap: 'anywhere',
  },
  destructive: {
    color: theme.palette.error.contrastText,
    backgroundColor: theme.palette.error.main,
    '&:hover': { backgroundColor: theme.palette.error.dark },
  },
}));

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** The button with its access check, for a job that can still stop. */
function CancelJobControl(props: CancelJobButtonProps) {
  const { job, onCancelled } = props;
  const classes = useStyles();
  const api = useApi(azureMlApiRef);
  const { workspace } = useWorkspaceView();
  const access = useFeatureAccess(workspace, 'job.cancel');
  const [open, setOpen] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<Error>();
  const titleId = useId();
  const descriptionId = useId();
  const noteId = useId();

  const requested = job.status === 'CancelRequested';
  let note: string | undefined;
  if (requested) {
    note = 'Cancellation requested: Azure is stopping this job.';
  } else if (access.loading) {
    note = 'Checking whether you may cancel this job…';
  } else if (!access.allowed) {
    note = access.reason ?? 'You may not cancel jobs in this workspace.';
  }

  const close = () => {
    if (cancelling) return;
    setOpen(false);
    setError(undefined);
  };

  const confirm = async () => {
    setCancelling(true);
    setError(undefined);
    try {
      const cancelled = await api.cancelJob(workspace, job.name);
      setCancelling(false);
      setOpen(false);
      onCancelled(cancelled);
    } catch (e) {
      setCancelling(false);
      setError(asError(e));
    }
  };

  return (
    <div className={classes.root}>
      <Button
        variant="outlined"
        disabled={requested || access.loading || !access.allowed}
        aria-describedby={note ? noteId : undefined}
        onClick={() => setOpen(true)}
      >
        Cancel job
      </Button>
      {note && (
        <Typography
          id={noteId}
          role="note"
          variant="caption"
          color="textSecondary"
          className={classes.note}
        >
          {note}
        </Typography>
      )}
      {!requested && !access.loading && access.denial && (
        <AccessDoctorLink
          target={denialTarget(access.denial, workspaceId(workspace))}
        />
      )}
      <Dialog
        open={open}
        onClose={close}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        disableEscapeKeyDown={cancelling}
      >
        <DialogTitle id={titleId}>Cancel job {job.displayName}?</DialogTitle>
        <DialogContent>
          <DialogContentText id={descriptionId}>
            Azure stops it and keeps what it logged so far.
          </DialogContentText>
          {error && (
            <Alert severity="error">
              Azure did not cancel the job: {cancelErrorMessage(error)}
              <div>
                <AccessDoctorLink
                  target={messageTarget(
                    accessDeniedMessage(error),
                    workspaceId(workspace),
                  )}
                />
              </div>
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={cancelling}>
            Keep running
          </Button>
          <Button
            variant="contained"
            className={classes.destructive}
            onClick={confirm}
            disabled={cancelling}
            startIcon={
              cancelling ? (
                <CircularProgress
                  size={16}
                  color="inherit"
                  aria-label="Cancelling"
                />
              ) : undefined
            }
          >
            {cancelling ? 'Cancelling…' : 'Cancel job'}
          </Button>
        </DialogActions>
      </Dialog>
    </div>
  );
}

/**
 * "Cancel job", behind a confirmation dialog. Hidden once the job has
 * finished; disabled, with the reason written next to it, while access is
 * being checked or when the user may not cancel jobs (Backstage permission
 * or Azure role). A refused or failed request keeps the dialog open with
 * the backend's message.
 *
 * @internal
 */
export function CancelJobButton(props: CancelJobButtonProps) {
  if (isTerminalJobStatus(props.job.status)) return null;
  return <CancelJobControl {...props} />;
}
