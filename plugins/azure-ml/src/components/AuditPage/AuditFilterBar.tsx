/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import Grid from '@material-ui/core/Grid';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import {
  auditActionLabels,
  auditOutcomeLabels,
  auditSourceLabels,
  labelKeys,
} from './auditVocabulary';
import type { AuditFilters, AuditFilterValues } from './useAuditFilters';
import { TextFilter } from '../shared';

type TextKey = {
  [K in keyof AuditFilterValues]: AuditFilterValues[K] extends string
    ? K
    : never;
}[keyof AuditFilterValues];

type ListKey = Exclude<keyof AuditFilterValues, TextKey>;

/** A text filter over one of the audit filter values. */
function AuditTextFilter(props: {
  filters: AuditFilters;
  name: Exclude<TextKey, 'fromDate' | 'toDate'>;
  label: string;
  placeholder?: string;
}) {
  const { filters, name, label, placeholder } = props;
  return (
    <TextFilter
      id={`azure-ml-audit-${name}`}
      label={label}
      placeholder={placeholder}
      value={filters.values[name]}
      onApply={value => filters.set(name, value)}
    />
  );
}

/** A multi-select over one of the audit vocabularies. */
function ListFilter<K extends ListKey>(props: {
  filters: AuditFilters;
  name: K;
  label: string;
  labels: Record<AuditFilterValues[K][number], string>;
}) {
  const { filters, name, label, labels } = props;
  const labelId = `azure-ml-audit-${name}-label`;
  return (
    <FormControl fullWidth>
      <InputLabel id={labelId}>{label}</InputLabel>
      <Select
        labelId={labelId}
        id={`azure-ml-audit-${name}`}
        multiple
        value={filters.values[name]}
        onChange={event =>
          filters.set(name, event.target.value as AuditFilterValues[K])
        }
        renderValue={selected =>
          (selected as AuditFilterValues[K])
            .map(value => labels[value as AuditFilterValues[K][number]])
            .join(', ')
        }
      >
        {labelKeys(labels).map(value => (
          <MenuItem key={value} value={value}>
            {labels[value]}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/** A day picker; the browser's own date field, applied as it changes. */
function DateFilter(props: {
  filters: AuditFilters;
  name: 'fromDate' | 'toDate';
  label: string;
}) {
  const { filters, name, label } = props;
  return (
    <TextField
      id={`azure-ml-audit-${name}`}
      label={label}
      type="date"
      value={filters.values[name]}
      fullWidth
      InputLabelProps={{ shrink: true }}
      onChange={event => filters.set(name, event.target.value)}
    />
  );
}

/**
 * The filters above the audit log: actor, action, outcome and source
 * (several may be picked), workspace, target, correlation id, and the days
 * from and to (both included).
 *
 * @internal
 */
export function AuditFilterBar(props: { filters: AuditFilters }) {
  const { filters } = props;
  return (
    <Grid container spacing={2} alignItems="flex-end">
      <Grid item xs={12} sm={6} md={3}>
        <AuditTextFilter
          filters={filters}
          name="actor"
          label="Actor"
          placeholder="user:default/ada, object id or service"
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <ListFilter
          filters={filters}
          name="action"
          label="Action"
          labels={auditActionLabels}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <ListFilter
          filters={filters}
          name="outcome"
          label="Outcome"
          labels={auditOutcomeLabels}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <ListFilter
          filters={filters}
          name="source"
          label="Source"
          labels={auditSourceLabels}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <AuditTextFilter
          filters={filters}
          name="workspaceId"
          label="Workspace"
          placeholder="/subscriptions/…/workspaces/… (the workspace's ARM id)"
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <AuditTextFilter
          filters={filters}
          name="targetResourceId"
          label="Target"
          placeholder="An ARM id; matches the resource and everything under it"
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <AuditTextFilter
          filters={filters}
          name="correlationId"
          label="Correlation id"
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <DateFilter filters={filters} name="fromDate" label="From" />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <DateFilter filters={filters} name="toDate" label="To" />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <Box display="flex" justifyContent="flex-end">
          <Button variant="text" onClick={filters.clear}>
            Clear filters
          </Button>
        </Box>
      </Grid>
    </Grid>
  );
}
