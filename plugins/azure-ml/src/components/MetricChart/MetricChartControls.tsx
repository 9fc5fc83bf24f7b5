/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import Box from '@material-ui/core/Box';
import Slider from '@material-ui/core/Slider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import type { MetricChartXAxis } from './prepareSeries';
import { MAX_SMOOTHING } from './smoothSeries';
import type { MetricChartSettings } from './useMetricChartSettings';

/**
 * Props of {@link MetricChartControls}.
 *
 * @public
 */
export interface MetricChartControlsProps {
  /** The shared settings, from `useMetricChartSettings`. */
  settings: MetricChartSettings;
}

const useStyles = makeStyles(theme => ({
  slider: {
    width: 200,
    margin: theme.spacing(0, 2),
  },
  value: {
    minWidth: '3ch',
    fontVariantNumeric: 'tabular-nums',
  },
}));

/**
 * The controls that a page's metric charts share: the x axis (step or time)
 * and the smoothing slider, like TensorBoard's.
 *
 * @public
 */
export function MetricChartControls(props: MetricChartControlsProps) {
  const { xAxis, setXAxis, smoothing, setSmoothing } = props.settings;
  const classes = useStyles();
  const axisLabelId = useId();
  const smoothingLabelId = useId();
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={24}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <Typography id={axisLabelId} variant="body2">
          X axis
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={xAxis}
          aria-labelledby={axisLabelId}
          onChange={(_event, value: MetricChartXAxis | null) => {
            // Clicking the selected button again must not leave none selected.
            if (value) setXAxis(value);
          }}
        >
          <ToggleButton value="step">Step</ToggleButton>
          <ToggleButton value="time">Time</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Box display="flex" alignItems="center">
        <Typography id={smoothingLabelId} variant="body2">
          Smoothing
        </Typography>
        <Slider
          className={classes.slider}
          aria-labelledby={smoothingLabelId}
          min={0}
          max={MAX_SMOOTHING}
          step={0.01}
          value={smoothing}
          onChange={(_event, value) =>
            setSmoothing(Array.isArray(value) ? value[0] : value)
          }
        />
        <Typography variant="body2" className={classes.value}>
          {smoothing.toFixed(2)}
        </Typography>
      </Box>
    </Box>
  );
}
