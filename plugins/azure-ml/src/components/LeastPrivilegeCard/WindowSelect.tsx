/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import TextField from '@material-ui/core/TextField';
import {
  ADVISOR_WINDOW_DAYS,
  isAdvisorWindowDays,
  type AdvisorWindowDays,
} from './advisorWindow';

/**
 * The select labelled "Window": how many days back the advisor reads.
 *
 * @internal
 */
export function WindowSelect(props: {
  value: AdvisorWindowDays;
  onChange(days: AdvisorWindowDays): void;
}) {
  const { value, onChange } = props;
  const id = useId();
  return (
    <TextField
      select
      id={id}
      variant="outlined"
      size="small"
      label="Window"
      value={value}
      SelectProps={{ native: true }}
      onChange={event => {
        const days = Number(event.target.value);
        if (isAdvisorWindowDays(days)) onChange(days);
      }}
    >
      {ADVISOR_WINDOW_DAYS.map(days => (
        <option key={days} value={days}>
          {`Last ${days} days`}
        </option>
      ))}
    </TextField>
  );
}
