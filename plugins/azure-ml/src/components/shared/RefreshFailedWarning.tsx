/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import { WarningPanel } from '@backstage/core-components';

/**
 * A warning that loading again failed, above what was loaded before and is
 * still shown; `title` says what is shown instead.
 *
 * @internal
 */
export function RefreshFailedWarning(props: { title: string; error: Error }) {
  return (
    <Box mb={2}>
      <WarningPanel
        severity="warning"
        title={props.title}
        message={props.error.message}
      />
    </Box>
  );
}
