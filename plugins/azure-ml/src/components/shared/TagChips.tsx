/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  tags: {
    display: 'flex',
    flexWrap: 'wrap',
    margin: theme.spacing(-0.25),
    padding: 0,
    listStyle: 'none',
  },
  tag: {
    margin: theme.spacing(0.25),
    maxWidth: '100%',
  },
  chip: {
    maxWidth: '100%',
  },
}));

/**
 * Azure tags as small chips, `key: value` each, in the order Azure gave them
 * or, with `sorted`, by key; nothing when there are none.
 *
 * @internal
 */
export function TagChips(props: {
  tags: Record<string, string>;
  sorted?: boolean;
}) {
  const classes = useStyles();
  const entries = Object.entries(props.tags);
  if (props.sorted) {
    entries.sort(([a], [b]) => a.localeCompare(b));
  }
  if (entries.length === 0) {
    return null;
  }
  return (
    <ul className={classes.tags} aria-label="Tags">
      {entries.map(([key, value]) => (
        <li key={key} className={classes.tag}>
          <Chip
            size="small"
            className={classes.chip}
            label={value ? `${key}: ${value}` : key}
          />
        </li>
      ))}
    </ul>
  );
}
