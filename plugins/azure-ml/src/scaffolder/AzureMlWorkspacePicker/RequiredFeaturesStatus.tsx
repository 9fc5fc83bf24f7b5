/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  AccessDoctorLink,
  denialTarget,
} from '../../components/AccessDoctorLink';
import { loadErrorMessage } from '../shared/loadErrorMessage';
import type { RequiredFeaturesCheckState } from './useRequiredFeaturesCheck';

function Checking(props: { workspaceName: string }) {
  const text = `Checking your access to ${props.workspaceName}…`;
  return (
    <Box mt={1} display="flex" alignItems="center">
      <CircularProgress size={16} aria-label={text} />
      <Box ml={1}>
        <Typography variant="body2" color="textSecondary">
          {text}
        </Typography>
      </Box>
    </Box>
  );
}

/**
 * Says, under the workspace picker, how the check of the template's
 * required features in the picked workspace went: while it runs; each
 * refusal in the backend's words (the form refuses the workspace too); or,
 * when the check could not be made, why, with a Retry (the form does not
 * refuse the workspace for that: the template's actions check again).
 *
 * @internal
 */
export function RequiredFeaturesStatus(props: {
  state: RequiredFeaturesCheckState;
}) {
  const { state } = props;
  if (state.status === 'idle') return null;
  if (state.status === 'checking') {
    return <Checking workspaceName={state.workspaceName} />;
  }
  if (state.status === 'failed') {
    return (
      <Box mt={1}>
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={state.retry}>
              Retry
            </Button>
          }
        >
          <Typography variant="body2" component="span">
            <strong>
              Could not check your access to {state.workspaceName}:
            </strong>{' '}
            {loadErrorMessage(state.error).replace(/[.\s]+$/, '')}. You can go
            on; the template checks your access again when it runs.
          </Typography>
        </Alert>
      </Box>
    );
  }
  const { refusals, unanswered } = state.check;
  return (
    <>
      {refusals.length > 0 && (
        <Box mt={1}>
          <Alert severity="error">
            <Typography variant="body2">
              <strong>
                You cannot run this template in {state.workspaceName}:
              </strong>
            </Typography>
            <ul>
              {refusals.map(refusal => (
                <li key={refusal.feature}>
                  <Typography variant="body2">{refusal.message}</Typography>
                  {refusal.denial && (
                    <AccessDoctorLink
                      target={denialTarget(refusal.denial, state.workspaceId)}
                    />
                  )}
                </li>
              ))}
            </ul>
          </Alert>
        </Box>
      )}
      {unanswered.length > 0 && (
        <Box mt={1}>
          <Alert severity="warning">
            <Typography variant="body2">
              The portal could not tell whether you may use{' '}
              {unanswered.join(', ')} in {state.workspaceName}; the template
              checks it when it runs.
            </Typography>
          </Alert>
        </Box>
      )}
    </>
  );
}
