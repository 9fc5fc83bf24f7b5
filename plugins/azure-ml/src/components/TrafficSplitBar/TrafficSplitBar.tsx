/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme, type Theme } from '@material-ui/core/styles';
import { describeTraffic, trafficShares } from './trafficShares';

/**
 * Props of {@link TrafficSplitBar}.
 *
 * @internal
 */
export interface TrafficSplitBarProps {
  /** The percentage of traffic each deployment gets, by deployment name. */
  traffic: Record<string, number>;
  /** A thin bar with a one-line legend, to fit a table cell. */
  compact?: boolean;
}

/** Segments narrower than this carry no label inside; the legend has it. */
const MIN_LABELLED_PERCENT = 15;

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    overflow: 'hidden',
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.action.disabledBackground,
  },
  full: { height: theme.spacing(4) },
  compact: { height: theme.spacing(1) },
  segment: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    fontSize: theme.typography.body2.fontSize,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
    listStyle: 'none',
  },
  legendItem: {
    display: 'flex',
    alignItems: 'center',
    marginRight: theme.spacing(1.5),
    whiteSpace: 'nowrap',
  },
  swatch: {
    display: 'inline-block',
    width: theme.spacing(1.25),
    height: theme.spacing(1.25),
    marginRight: theme.spacing(0.5),
    borderRadius: 2,
  },
}));

/**
 * Distinct colours from the theme, so the bar reads in light and dark mode.
 *
 * @internal
 */
export function deploymentColours(theme: Theme): string[] {
  const { palette } = theme;
  return [
    palette.primary.main,
    palette.success.main,
    palette.warning.main,
    palette.secondary.main,
    palette.info.main,
    palette.grey[600],
  ];
}

/**
 * How an online endpoint's traffic is split between its deployments: a
 * horizontal bar with one segment per deployment, sized by its share, and a
 * legend naming every deployment, those with 0% included. Screen readers get
 * the split in words.
 *
 * @internal
 */
export function TrafficSplitBar(props: TrafficSplitBarProps) {
  const { traffic, compact = false } = props;
  const classes = useStyles();
  const theme = useTheme();
  const colours = deploymentColours(theme);
  const shares = trafficShares(traffic).map((share, index) => ({
    ...share,
    colour: colours[index % colours.length],
  }));

  return (
    <Box role="img" aria-label={describeTraffic(shares)} minWidth={120}>
      <div
        className={`${classes.bar} ${compact ? classes.compact : classes.full}`}
      >
        {shares
          .filter(share => share.percent > 0)
          .map(share => (
            <div
              key={share.deployment}
              className={classes.segment}
              data-deployment={share.deployment}
              style={{
                width: `${share.percent}%`,
                backgroundColor: share.colour,
                color: theme.palette.getContrastText(share.colour),
              }}
            >
              {!compact && share.percent >= MIN_LABELLED_PERCENT
                ? `${share.deployment} ${share.percent}%`
                : null}
            </div>
          ))}
      </div>
      <ul className={classes.legend}>
        {shares.length === 0 && (
          <Typography component="li" variant="caption">
            No deployments
          </Typography>
        )}
        {shares.map(share => (
          <Typography
            key={share.deployment}
            component="li"
            variant={compact ? 'caption' : 'body2'}
            className={classes.legendItem}
          >
            <span
              className={classes.swatch}
              style={{ backgroundColor: share.colour }}
            />
            {`${share.deployment} ${share.percent}%`}
          </Typography>
        ))}
      </ul>
    </Box>
  );
}
