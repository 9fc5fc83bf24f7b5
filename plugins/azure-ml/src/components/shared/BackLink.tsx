/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import { Link } from '@backstage/core-components';

/**
 * A link back to the view one level up, above a view's content.
 *
 * @internal
 */
export function BackLink(props: { to: string; children: string }) {
  return (
    <Box mb={2}>
      <Link to={props.to}>
        <Box component="span" display="inline-flex" alignItems="center">
          <ArrowBackIcon fontSize="small" aria-hidden="true" />
          <Box component="span" ml={0.5}>
            {props.children}
          </Box>
        </Box>
      </Link>
    </Box>
  );
}
