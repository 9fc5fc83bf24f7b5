/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  text: {
    color: '#7df3e1',
    fontSize: 20,
    fontWeight: 700,
  },
});

/** The product's short mark, shown in the collapsed sidebar. */
export const LogoIcon = () => {
  const classes = useStyles();
  return <span className={classes.text}>ML</span>;
};
