/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import WarningIcon from '@material-ui/icons/Warning';
import type { AccessCheckVerdict } from '@azure-ml-backstage/plugin-azure-ml-common';
import { verdictLabels } from './accessDoctorVocabulary';

const useStyles = makeStyles(theme => ({
  icon: { color: 'inherit' },
  pass: {
    color: theme.palette.success.contrastText,
    backgroundColor: theme.palette.success.main,
  },
  warn: {
    color: theme.palette.warning.contrastText,
    backgroundColor: theme.palette.warning.main,
  },
  fail: {
    color: theme.palette.error.contrastText,
    backgroundColor: theme.palette.error.main,
  },
  skipped: {
    color: theme.palette.getContrastText(theme.palette.grey[500]),
    backgroundColor: theme.palette.grey[500],
  },
}));

const ICONS = {
  pass: CheckCircleIcon,
  warn: WarningIcon,
  fail: ErrorIcon,
  skipped: RemoveCircleOutlineIcon,
};

/**
 * A check's verdict as a chip: its word, an icon and a colour (pass green,
 * warning orange, fail red, skipped grey), so it never rests on colour
 * alone.
 *
 * @internal
 */
export function VerdictChip(props: { verdict: AccessCheckVerdict }) {
  const { verdict } = props;
  const classes = useStyles();
  const Icon = ICONS[verdict];
  return (
    <Chip
      size="small"
      label={verdictLabels[verdict]}
      icon={<Icon aria-hidden="true" />}
      classes={{ icon: classes.icon }}
      className={classes[verdict]}
      data-testid="access-check-verdict"
      data-verdict={verdict}
    />
  );
}
