/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Content, ContentHeader } from '@backstage/core-components';
import { ChainStatusBadge } from '../ChainStatusBadge';
import { AuditEventList } from './AuditEventList';
import { AuditExportButtons } from './AuditExportButtons';
import { AuditFilterBar } from './AuditFilterBar';
import { useAuditFilters } from './useAuditFilters';

/**
 * The audit log: every model and pipeline action taken through the portal,
 * its software templates and catalog ingestion, and in Azure directly,
 * newest first. The chain status badge on top verifies the log's hash
 * chain; the filters are kept in the URL, and the events they match can be
 * exported as NDJSON or CSV. Reading it needs the Backstage permission
 * `azureMl.audit.read`, and no Azure sign-in.
 *
 * @internal
 */
export function AuditPage() {
  const filters = useAuditFilters();
  return (
    <Content>
      <ContentHeader title="Audit log">
        <AuditExportButtons filter={filters.filter} />
      </ContentHeader>
      <Box mb={2}>
        <Typography variant="body2" color="textSecondary">
          Every model and pipeline action, whether taken in the portal, by a
          software template, by the catalog or in Azure directly. Events are
          hash-chained: editing, removing or reordering one breaks the chain.
        </Typography>
      </Box>
      <Box mb={2}>
        <ChainStatusBadge />
      </Box>
      <Box mb={3}>
        <AuditFilterBar filters={filters} />
      </Box>
      {filters.filter ? (
        <AuditEventList filter={filters.filter} onFilter={filters.set} />
      ) : (
        <Alert severity="warning">
          <AlertTitle>These filters cannot be used</AlertTitle>
          {filters.problems.map(problem => (
            <Typography key={problem} variant="body2">
              {problem}
            </Typography>
          ))}
        </Alert>
      )}
    </Content>
  );
}
