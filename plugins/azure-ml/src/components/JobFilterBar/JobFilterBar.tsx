/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import FormControl from '@material-ui/core/FormControl';
import Grid from '@material-ui/core/Grid';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import {
  azureMlJobStatuses,
  type AzureMlJobStatus,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { isJobTimeRange, jobTimeRanges, type JobFilters } from '../../hooks';
import { TextFilter } from '../shared';

/**
 * The filters above the jobs table: status (several may be picked),
 * experiment, submitter and time range.
 *
 * @internal
 */
export function JobFilterBar(props: { filters: JobFilters }) {
  const {
    filter,
    since,
    setStatus,
    setExperimentName,
    setSubmittedBy,
    setSince,
  } = props.filters;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6} md={3}>
        <FormControl fullWidth>
          <InputLabel id="azure-ml-job-status-label">Status</InputLabel>
          <Select
            labelId="azure-ml-job-status-label"
            id="azure-ml-job-status"
            multiple
            value={filter.status ?? []}
            onChange={event =>
              setStatus(event.target.value as AzureMlJobStatus[])
            }
            renderValue={selected => (selected as string[]).join(', ')}
          >
            {azureMlJobStatuses.map(status => (
              <MenuItem key={status} value={status}>
                {status}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <TextFilter
          id="azure-ml-job-experiment"
          label="Experiment"
          value={filter.experimentName ?? ''}
          onApply={setExperimentName}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <TextFilter
          id="azure-ml-job-submitted-by"
          label="Submitted by"
          value={filter.submittedBy ?? ''}
          onApply={setSubmittedBy}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <FormControl fullWidth>
          <InputLabel id="azure-ml-job-since-label">Created</InputLabel>
          <Select
            labelId="azure-ml-job-since-label"
            id="azure-ml-job-since"
            value={since ?? ''}
            displayEmpty
            onChange={event => {
              const value = String(event.target.value);
              setSince(isJobTimeRange(value) ? value : undefined);
            }}
          >
            <MenuItem value="">Any time</MenuItem>
            {Object.entries(jobTimeRanges).map(([key, range]) => (
              <MenuItem key={key} value={key}>
                {range.label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Grid>
    </Grid>
  );
}
