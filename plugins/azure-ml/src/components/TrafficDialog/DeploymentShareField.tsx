/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Slider from '@material-ui/core/Slider';
import TextField from '@material-ui/core/TextField';

/**
 * Props of {@link DeploymentShareField}.
 *
 * @internal
 */
export interface DeploymentShareFieldProps {
  deployment: string;
  /** The share as typed, which may not be a valid number yet. */
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
}

function sliderValue(value: string): number {
  const percent = Number(value);
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
}

/**
 * One deployment's share of the traffic: a number input (0 to 100) and a
 * slider that move together. Both are reachable and usable by keyboard.
 *
 * @internal
 */
export function DeploymentShareField(props: DeploymentShareFieldProps) {
  const { deployment, value, onChange, disabled } = props;
  const id = `traffic-share-${deployment}`;
  return (
    <Box display="flex" alignItems="center" gridGap={24} mb={2}>
      <TextField
        id={id}
        label={`Traffic to ${deployment} (%)`}
        type="number"
        variant="outlined"
        size="small"
        value={value}
        disabled={disabled}
        onChange={event => onChange(event.target.value)}
        inputProps={{ min: 0, max: 100, step: 1, inputMode: 'numeric' }}
        style={{ width: 200, flexShrink: 0 }}
      />
      <Slider
        aria-label={`Traffic to ${deployment} (slider)`}
        getAriaValueText={percent => `${percent}%`}
        min={0}
        max={100}
        step={1}
        value={sliderValue(value)}
        disabled={disabled}
        onChange={(_event, percent) => onChange(String(percent))}
      />
    </Box>
  );
}
