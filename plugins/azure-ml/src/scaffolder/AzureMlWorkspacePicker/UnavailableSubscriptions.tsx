/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { UnavailableSubscription } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * Says which subscriptions could not be listed, and why, so a missing
 * workspace is not taken for one the user cannot use.
 *
 * @internal
 */
export function UnavailableSubscriptions(props: {
  subscriptions: UnavailableSubscription[];
}) {
  const { subscriptions } = props;
  if (subscriptions.length === 0) return null;
  return (
    <Box mt={1}>
      <Alert severity="warning">
        <Typography variant="body2">
          The workspaces of{' '}
          {subscriptions.length === 1
            ? 'one subscription are'
            : `${subscriptions.length} subscriptions are`}{' '}
          missing from the list:
        </Typography>
        <ul>
          {subscriptions.map(s => (
            <li key={s.subscriptionId}>
              <Typography variant="body2">
                Subscription {s.subscriptionId}: {s.message}
              </Typography>
            </li>
          ))}
        </ul>
      </Alert>
    </Box>
  );
}
