/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactNode } from 'react';
import Link from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatTimestamp } from '../shared';
import { AuditOutcomeIndicator } from './AuditOutcomeIndicator';
import {
  auditActionLabels,
  auditSourceLabels,
  describeActor,
  resourceShortName,
} from './auditVocabulary';
import type { AuditFilterValues } from './useAuditFilters';

const useStyles = makeStyles(theme => ({
  words: {
    verticalAlign: 'top',
    // Words such as "Succeeded" stay whole: the column is as wide as its
    // longest word.
    overflowWrap: 'break-word',
  },
  cell: {
    verticalAlign: 'top',
    // ARM ids and refs have no spaces: without this they push the table
    // past the page.
    overflowWrap: 'anywhere',
  },
  noWrap: { whiteSpace: 'nowrap', verticalAlign: 'top' },
  code: {
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    overflowWrap: 'anywhere',
  },
}));

/**
 * A value that, clicked, narrows the log to the events that share it; with
 * `fullText`, shown on hover and keyboard focus (an ARM id the cell shortens).
 */
function FilterLink(props: {
  label: string;
  onClick: () => void;
  children: ReactNode;
  fullText?: string;
  className?: string;
}) {
  const link = (
    <Link
      component="button"
      variant="body2"
      aria-label={props.label}
      onClick={props.onClick}
      className={props.className}
    >
      {props.children}
    </Link>
  );
  return props.fullText ? (
    <Tooltip title={props.fullText}>{link}</Tooltip>
  ) : (
    link
  );
}

function Caption(props: { children: ReactNode; className?: string }) {
  return (
    <Typography
      variant="caption"
      display="block"
      color="textSecondary"
      className={props.className}
    >
      {props.children}
    </Typography>
  );
}

function ActorCell(props: { event: AzureMlAuditEvent }) {
  const { actor } = props.event;
  const who = describeActor(actor);
  const more = [
    actor.service && actor.service !== who ? `via ${actor.service}` : '',
    actor.objectId && actor.objectId !== who
      ? `object id ${actor.objectId}`
      : '',
  ].filter(Boolean);
  return (
    <>
      {who}
      {more.length > 0 && <Caption>{more.join(' · ')}</Caption>}
    </>
  );
}

/**
 * Props of {@link AuditEventsTable}.
 *
 * @internal
 */
export interface AuditEventsTableProps {
  events: AzureMlAuditEvent[];
  /** Narrows the log to one target, workspace or correlation id, from a row. */
  onFilter(
    key: keyof Pick<
      AuditFilterValues,
      'targetResourceId' | 'workspaceId' | 'correlationId'
    >,
    value: string,
  ): void;
  /** What the table says when it has no rows. */
  emptyMessage: string;
}

/**
 * The audit events, one row each (`data-testid="audit-row"`): time, actor,
 * action, target and workspace (short names, the full ARM id on hover or
 * keyboard focus), outcome (status, denied-by or error code, and the
 * message), source and correlation id. A target, workspace or correlation
 * id narrows the log when clicked.
 *
 * @internal
 */
export function AuditEventsTable(props: AuditEventsTableProps) {
  const { events, onFilter, emptyMessage } = props;
  const classes = useStyles();
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Audit events, newest first">
        <TableHead>
          <TableRow>
            <TableCell>Time</TableCell>
            <TableCell>Actor</TableCell>
            <TableCell>Action</TableCell>
            <TableCell>Target</TableCell>
            <TableCell>Workspace</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Source</TableCell>
            <TableCell>Correlation id</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.length === 0 && (
            <TableRow>
              <TableCell colSpan={8} align="center">
                {emptyMessage}
              </TableCell>
            </TableRow>
          )}
          {events.map(event => (
            <TableRow key={event.id} data-testid="audit-row">
              <TableCell className={classes.noWrap}>
                <time dateTime={event.time}>{formatTimestamp(event.time)}</time>
                <Caption>#{event.sequence}</Caption>
              </TableCell>
              <TableCell className={classes.cell}>
                <ActorCell event={event} />
              </TableCell>
              <TableCell className={classes.cell}>
                {auditActionLabels[event.action] ?? event.action}
                <Caption className={classes.code}>{event.action}</Caption>
              </TableCell>
              <TableCell className={classes.cell}>
                {event.targetResourceId ? (
                  <FilterLink
                    label={`Show only events on ${resourceShortName(
                      event.targetResourceId,
                    )} and what lies under it`}
                    fullText={event.targetResourceId}
                    onClick={() =>
                      onFilter('targetResourceId', event.targetResourceId!)
                    }
                  >
                    {resourceShortName(event.targetResourceId)}
                  </FilterLink>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell className={classes.cell}>
                {event.workspaceId ? (
                  <FilterLink
                    label={`Show only events in workspace ${resourceShortName(
                      event.workspaceId,
                    )}`}
                    fullText={event.workspaceId}
                    onClick={() => onFilter('workspaceId', event.workspaceId!)}
                  >
                    {resourceShortName(event.workspaceId)}
                  </FilterLink>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell className={classes.words}>
                <AuditOutcomeIndicator event={event} />
                {event.message && <Caption>{event.message}</Caption>}
              </TableCell>
              <TableCell className={classes.words}>
                {auditSourceLabels[event.source] ?? event.source}
              </TableCell>
              <TableCell className={classes.cell}>
                {event.correlationId ? (
                  <FilterLink
                    label={`Show only events with correlation id ${event.correlationId}`}
                    onClick={() =>
                      onFilter('correlationId', event.correlationId!)
                    }
                    className={classes.code}
                  >
                    {event.correlationId}
                  </FilterLink>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
