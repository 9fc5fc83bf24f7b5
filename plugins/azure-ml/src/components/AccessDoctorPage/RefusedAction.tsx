/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';

/**
 * What sent the user to the doctor: "Refused: <action> on <scope>".
 *
 * @internal
 */
export function RefusedAction(props: { action: string; scope?: string }) {
  const { action, scope } = props;
  return (
    <Box component="section" aria-label="What was refused" mb={2}>
      <Alert severity="error" role="note" style={{ overflowWrap: 'anywhere' }}>
        Refused: <code>{action}</code>
        {scope && (
          <>
            {' '}
            on <code>{scope}</code>
          </>
        )}
      </Alert>
    </Box>
  );
}
