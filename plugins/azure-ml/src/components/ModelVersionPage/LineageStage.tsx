/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId, type ReactNode } from 'react';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  stage: {
    height: '100%',
    padding: theme.spacing(1.5),
    boxSizing: 'border-box',
  },
  title: {
    marginBottom: theme.spacing(1),
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    letterSpacing: '0.05em',
  },
}));

/**
 * One step of the lineage: a titled, outlined box.
 *
 * @internal
 */
export function LineageStage(props: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const { title, className, children } = props;
  const classes = useStyles();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={className}>
      <Paper variant="outlined" className={classes.stage}>
        <Typography
          id={titleId}
          variant="subtitle2"
          component="h3"
          className={classes.title}
        >
          {title}
        </Typography>
        {children}
      </Paper>
    </section>
  );
}
