/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  text: {
    color: '#7df3e1',
    fontSize: 22,
    fontWeight: 700,
    letterSpacing: 0.2,
    whiteSpace: 'nowrap',
  },
});

/** The product's name, shown in the open sidebar. */
export const LogoFull = () => {
  const classes = useStyles();
  return <span className={classes.text}>Azure ML portal</span>;
};
