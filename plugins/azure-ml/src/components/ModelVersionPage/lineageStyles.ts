/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { makeStyles } from '@material-ui/core/styles';

/**
 * The styles the lineage stages share: plain lists of items, one per line.
 *
 * @internal
 */
export const useLineageStyles = makeStyles(theme => ({
  items: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: {
    '& + &': {
      marginTop: theme.spacing(1.5),
    },
  },
  detail: {
    display: 'block',
    color: theme.palette.text.secondary,
  },
}));
