/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * What a table shows in place of rows when it has none, centred.
 *
 * @internal
 */
export function EmptyTableMessage(props: { children: string }) {
  return (
    <Box p={2}>
      <Typography align="center">{props.children}</Typography>
    </Box>
  );
}
