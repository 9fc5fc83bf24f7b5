/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  chip: {
    maxWidth: '100%',
  },
}));

/**
 * The tags of a job, one chip `name: value` each.
 *
 * @internal
 */
export function JobTagsCard(props: { tags: Record<string, string> }) {
  const classes = useStyles();
  const entries = Object.entries(props.tags).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <InfoCard title="Tags" titleTypographyProps={{ component: 'h3' }}>
      {entries.length === 0 ? (
        <Typography variant="body2">This job has no tags.</Typography>
      ) : (
        <ul className={classes.list} aria-label="Tags">
          {entries.map(([name, value]) => (
            <li key={name}>
              <Chip
                size="small"
                className={classes.chip}
                label={value ? `${name}: ${value}` : name}
              />
            </li>
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
