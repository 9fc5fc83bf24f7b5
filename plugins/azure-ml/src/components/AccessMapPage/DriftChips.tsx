/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import CheckIcon from '@material-ui/icons/Check';
import type { ReactElement } from 'react';
import type { AzureMlAccessMapDrift } from '@azure-ml-backstage/plugin-azure-ml-common';
import { shortAction } from './accessMapVocabulary';

const useStyles = makeStyles(theme => ({
  flag: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0.25, 1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    marginBottom: theme.spacing(0.5),
    // Long action lists wrap inside the cell instead of widening the table.
    overflowWrap: 'anywhere',
  },
  excess: { borderLeft: `4px solid ${theme.palette.warning.main}` },
  missing: { borderLeft: `4px solid ${theme.palette.error.main}` },
  agrees: { borderLeft: `4px solid ${theme.palette.success.main}` },
  icon: { fontSize: '1rem', marginTop: 2 },
}));

/** One flag: an icon and its words, which wrap; `title` lists the actions in full. */
function DriftFlag(props: {
  kind: 'excess' | 'missing' | 'agrees';
  icon: ReactElement;
  label: string;
  title?: string;
}) {
  const classes = useStyles();
  return (
    <div
      className={`${classes.flag} ${classes[props.kind]}`}
      title={props.title}
    >
      {props.icon}
      <Typography variant="body2" component="span">
        {props.label}
      </Typography>
    </div>
  );
}

/**
 * Where one principal's Azure rights and project role disagree: a flag for
 * more rights than the role needs, one for fewer, or one saying they agree;
 * each flag's title lists the actions in full.
 *
 * @internal
 */
export function DriftChips(props: { drift?: AzureMlAccessMapDrift }) {
  const { drift } = props;
  const classes = useStyles();
  if (!drift) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not compared: the Azure role assignments could not be read.
      </Typography>
    );
  }
  const { excess, missing } = drift;
  if (excess.length === 0 && missing.length === 0) {
    return (
      <DriftFlag
        kind="agrees"
        icon={<CheckIcon className={classes.icon} />}
        label="In line with the project role"
      />
    );
  }
  return (
    <Box display="flex" flexDirection="column">
      {excess.length > 0 && (
        <DriftFlag
          kind="excess"
          icon={<ArrowUpwardIcon className={classes.icon} />}
          title={excess.map(e => e.action).join('\n')}
          label={`More Azure rights than the project role needs: ${excess
            .map(e => shortAction(e.action))
            .join(', ')}`}
        />
      )}
      {missing.length > 0 && (
        <DriftFlag
          kind="missing"
          icon={<ArrowDownwardIcon className={classes.icon} />}
          title={missing.map(m => m.action).join('\n')}
          label={`Fewer than it needs: ${missing
            .map(m => shortAction(m.action))
            .join(', ')}`}
        />
      )}
    </Box>
  );
}
