/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useEffect, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useApi } from '@backstage/frontend-plugin-api';
import type { AzureMlAuditFilter } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlAuditExportFormat } from '../../api';
import { AzureMlErrorPanel } from '../AzureMlErrorPanel';
import { saveFile } from './saveFile';

const FORMATS: Array<{ format: AzureMlAuditExportFormat; label: string }> = [
  { format: 'ndjson', label: 'Export NDJSON' },
  { format: 'csv', label: 'Export CSV' },
];

/**
 * "Export NDJSON" and "Export CSV": download every event matching the
 * current filters, oldest first, and save the file. Disabled while the
 * filters cannot be used (`filter` absent) or an export runs; a failed
 * export says why below the buttons.
 *
 * @internal
 */
export function AuditExportButtons(props: { filter?: AzureMlAuditFilter }) {
  const { filter } = props;
  const api = useApi(azureMlApiRef);
  const [running, setRunning] = useState<AzureMlAuditExportFormat>();
  const [error, setError] = useState<Error>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const exportAs = async (format: AzureMlAuditExportFormat) => {
    if (!filter || running) return;
    setRunning(format);
    setError(undefined);
    try {
      const file = await api.exportAuditEvents(filter, format);
      saveFile(file);
    } catch (e) {
      if (mounted.current) {
        setError(e instanceof Error ? e : new Error(String(e)));
      }
    } finally {
      if (mounted.current) setRunning(undefined);
    }
  };

  return (
    <Box>
      <Box display="flex" justifyContent="flex-end" flexWrap="wrap">
        {FORMATS.map(({ format, label }) => (
          <Box key={format} ml={1} mb={1}>
            <Button
              variant="outlined"
              startIcon={<GetAppIcon aria-hidden="true" />}
              disabled={!filter || Boolean(running)}
              onClick={() => exportAs(format)}
            >
              {running === format ? 'Exporting…' : label}
            </Button>
          </Box>
        ))}
      </Box>
      {error && (
        <Box mt={1}>
          <AzureMlErrorPanel error={error} />
        </Box>
      )}
    </Box>
  );
}
