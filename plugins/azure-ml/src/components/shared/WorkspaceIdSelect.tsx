/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId, type ReactNode } from 'react';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Progress } from '@backstage/core-components';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';

/**
 * A workspace picked from the workspaces the user can see (the hub's list),
 * valued by ARM id: the select labelled "Workspace" of the access doctor and
 * the access map.
 *
 * @internal
 */
export function WorkspaceIdSelect(props: {
  /** The chosen workspace's ARM id; none chosen when missing or `''`. */
  value?: string;
  onChange(workspaceId: string): void;
  /** What the chosen workspace is for, under the select. */
  helperText: string;
  /** What is shown instead of the select when the user can see no workspace. */
  emptyText: ReactNode;
  /** Leaves the access-doctor link out of the error panel (on the doctor itself). */
  hideAccessDoctorLink?: boolean;
}) {
  const {
    value = '',
    onChange,
    helperText,
    emptyText,
    hideAccessDoctorLink,
  } = props;
  const list = useAzureMlData(api => api.listWorkspaces(), []);
  const id = useId();
  if (list.status === 'failed') {
    return (
      <AzureMlErrorPanel
        error={list.error}
        onRetry={list.reload}
        hideAccessDoctorLink={hideAccessDoctorLink}
      />
    );
  }
  if (!list.value) return <Progress />;
  if (list.value.items.length === 0) {
    return <Typography>{emptyText}</Typography>;
  }
  const chosen = list.value.items.find(
    ws => ws.id.toLowerCase() === value.toLowerCase(),
  );
  return (
    <TextField
      select
      id={id}
      fullWidth
      variant="outlined"
      label="Workspace"
      value={chosen?.id ?? ''}
      SelectProps={{ native: true }}
      helperText={helperText}
      onChange={event => {
        if (event.target.value) onChange(event.target.value);
      }}
    >
      <option value="">Choose a workspace…</option>
      {list.value.items.map(ws => (
        <option key={ws.id} value={ws.id}>
          {`${ws.displayName} (${ws.name}, ${ws.resourceGroup})`}
        </option>
      ))}
    </TextField>
  );
}
