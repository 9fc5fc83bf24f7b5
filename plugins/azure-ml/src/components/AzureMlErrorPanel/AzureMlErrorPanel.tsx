/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ResponseErrorPanel } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';

/**
 * The backend's own message of a 403, which names the missing Backstage
 * permission or Azure action and scope in plain words.
 *
 * @internal
 */
export function accessDeniedMessage(error: Error): string | undefined {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return error.body.error.message;
  }
  return undefined;
}

/**
 * What the backend said went wrong, in its own words (it writes them for
 * users: "Job x was not found in workspace y", a 503's retry advice), for
 * any error answer of the backend.
 */
function backendMessage(error: Error): string | undefined {
  return error instanceof ResponseError ? error.body.error.message : undefined;
}

/**
 * A failed load: the error with the backend's own message as its title (for
 * a refusal, the missing permission or action and scope), and a retry button
 * when the view can retry.
 *
 * @internal
 */
export function AzureMlErrorPanel(props: {
  error: Error;
  onRetry?: () => void;
}) {
  const { error, onRetry } = props;
  return (
    <>
      <ResponseErrorPanel error={error} title={backendMessage(error)} />
      {onRetry && (
        <Box mt={2}>
          <Button variant="outlined" onClick={onRetry}>
            Retry
          </Button>
        </Box>
      )}
    </>
  );
}
