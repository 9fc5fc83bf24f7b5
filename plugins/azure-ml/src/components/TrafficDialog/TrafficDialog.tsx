/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useState, type FormEvent } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  workspaceId,
  type AzureMlOnlineEndpoint,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { AccessDoctorLink, messageTarget } from '../AccessDoctorLink';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';
import { TrafficSplitBar } from '../TrafficSplitBar';
import { DeploymentShareField } from './DeploymentShareField';
import { useTrafficUpdate, type TrafficUpdateStep } from './useTrafficUpdate';
import { isSameTraffic, validateTraffic } from './validateTraffic';

/**
 * Props of {@link TrafficDialog}.
 *
 * @internal
 */
export interface TrafficDialogProps {
  /** The endpoint whose traffic is shifted, as last read. */
  endpoint: AzureMlOnlineEndpoint;
  open: boolean;
  /** Called when the user closes the dialog, and after an applied update. */
  onClose(): void;
  /** Called with the endpoint as Azure reports it once the update succeeded. */
  onApplied(endpoint: AzureMlOnlineEndpoint): void;
}

function initialShares(endpoint: AzureMlOnlineEndpoint) {
  return Object.fromEntries(
    endpoint.deployments.map(d => [
      d.name,
      String(endpoint.traffic[d.name] ?? 0),
    ]),
  );
}

function UpdateProgress(props: {
  state: TrafficUpdateStep;
  /** The ARM id of the endpoint's workspace, for the access doctor's link. */
  workspaceId: string;
}) {
  const { state } = props;
  if (state.step === 'sending') {
    return (
      <Box mt={2}>
        <LinearProgress aria-label="Sending the new split" />
        <Typography variant="body2">Sending the new split…</Typography>
      </Box>
    );
  }
  if (state.step === 'waiting') {
    return (
      <Box mt={2}>
        <LinearProgress aria-label="Azure is updating the endpoint" />
        <Typography variant="body2">
          {`Azure is updating the endpoint… provisioning state: ${state.provisioningState}`}
        </Typography>
      </Box>
    );
  }
  if (state.step === 'failed') {
    return (
      <Box mt={2}>
        <Alert severity="error">
          <AlertTitle>{state.title}</AlertTitle>
          {state.message}
          <div>
            <AccessDoctorLink
              target={messageTarget(state.message, props.workspaceId)}
            />
          </div>
        </Alert>
      </Box>
    );
  }
  return null;
}

/** The dialog's content, mounted while it is open so every opening starts afresh. */
function TrafficForm(props: Omit<TrafficDialogProps, 'open'>) {
  const { endpoint, onClose, onApplied } = props;
  const { workspace } = useWorkspaceView();
  const [shares, setShares] = useState(() => initialShares(endpoint));
  const update = useTrafficUpdate(workspace, endpoint.name, fresh => {
    onApplied(fresh);
    onClose();
  });
  const names = endpoint.deployments.map(d => d.name);
  const validation = validateTraffic(shares, names);
  const busy =
    update.state.step === 'sending' || update.state.step === 'waiting';
  const unchanged =
    validation.traffic !== undefined &&
    isSameTraffic(validation.traffic, endpoint.traffic);
  const canApply = !busy && validation.traffic !== undefined && !unchanged;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canApply && validation.traffic) update.apply(validation.traffic);
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="traffic-dialog-title">
        {`Shift traffic of ${endpoint.name}`}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          Give each deployment a whole percentage of the requests; the shares
          must add up to 100%.
        </Typography>
        {[...names].sort().map(name => (
          <DeploymentShareField
            key={name}
            deployment={name}
            value={shares[name]}
            disabled={busy}
            onChange={value => setShares(s => ({ ...s, [name]: value }))}
          />
        ))}
        <div aria-live="polite">
          <Typography variant="subtitle2">{`Total: ${validation.total}%`}</Typography>
          {validation.problems.map(problem => (
            <Typography key={problem} variant="body2" color="error">
              {problem}
            </Typography>
          ))}
          {unchanged && (
            <Typography variant="body2" color="textSecondary">
              This is the current split.
            </Typography>
          )}
        </div>
        {validation.traffic && (
          <Box mt={2}>
            <TrafficSplitBar traffic={validation.traffic} />
          </Box>
        )}
        <UpdateProgress
          state={update.state}
          workspaceId={workspaceId(workspace)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={update.state.step === 'sending'}>
          {busy ? 'Close' : 'Cancel'}
        </Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={!canApply}
        >
          Apply
        </Button>
      </DialogActions>
    </form>
  );
}

/**
 * The dialog that shifts an online endpoint's traffic: one share per
 * deployment, prefilled with the current split and checked as it is typed.
 * Apply sends the split, then follows Azure's update until the endpoint's
 * provisioning state is `Succeeded` (the dialog then closes), or shows why it
 * failed and stays open.
 *
 * @internal
 */
export function TrafficDialog(props: TrafficDialogProps) {
  const { open, ...rest } = props;
  return (
    <Dialog
      open={open}
      onClose={rest.onClose}
      aria-labelledby="traffic-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      {open && <TrafficForm {...rest} />}
    </Dialog>
  );
}
