/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';

/**
 * Says that the user's token for the portal's API could not be had, so the
 * picked workspace was not kept, with a button to try signing in again.
 *
 * @internal
 */
export function SignInFailedAlert(props: {
  error: Error;
  onRetry: () => void;
}) {
  const reason = props.error.message.replace(/[.\s]+$/, '');
  return (
    <Box mt={1}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={props.onRetry}>
            Retry
          </Button>
        }
      >
        <Typography variant="body2" component="span">
          <strong>Could not get your Microsoft sign-in for Azure ML:</strong>{' '}
          {reason}. The template acts in Azure as you, so the workspace is only
          kept once you are signed in.
        </Typography>
      </Alert>
    </Box>
  );
}
