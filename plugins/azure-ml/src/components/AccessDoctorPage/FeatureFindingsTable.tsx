/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import BlockIcon from '@material-ui/icons/Block';
import CheckIcon from '@material-ui/icons/Check';
import type { AccessFeatureFinding } from '@azure-ml-backstage/plugin-azure-ml-common';
import { auditActionLabels } from '../AuditPage/auditVocabulary';

const useStyles = makeStyles(theme => ({
  refusedRow: {
    backgroundColor: theme.palette.action.selected,
  },
  refusedMark: {
    display: 'inline-block',
    marginLeft: theme.spacing(1),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.borderRadius,
    color: theme.palette.error.contrastText,
    backgroundColor: theme.palette.error.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  missing: {
    overflowWrap: 'anywhere',
  },
}));

/** Azure matches actions in any case; so does the highlight. */
function isRefused(name: string, refusedAction: string | undefined): boolean {
  return (
    refusedAction !== undefined &&
    name.toLowerCase() === refusedAction.toLowerCase()
  );
}

function refusedNames(finding: AccessFeatureFinding): string[] {
  return [
    ...(finding.missingActions ?? []),
    ...(finding.deniedPermission ? [finding.deniedPermission] : []),
  ];
}

function MissingName(props: { name: string; refused: boolean }) {
  const classes = useStyles();
  return (
    <Box component="li" className={classes.missing}>
      {props.refused ? (
        <mark>
          <code>{props.name}</code>
        </mark>
      ) : (
        <code>{props.name}</code>
      )}
      {props.refused && (
        <Typography
          component="span"
          variant="caption"
          className={classes.refusedMark}
        >
          the refused action
        </Typography>
      )}
    </Box>
  );
}

/**
 * What a permission check found for each portal feature: allowed or not,
 * and the Azure actions (or Backstage permission) missing. The row and the
 * action the user was refused, when known, are marked "the refused action".
 *
 * @internal
 */
export function FeatureFindingsTable(props: {
  features: AccessFeatureFinding[];
  /** The `action` of the doctor's query: what sent the user here. */
  refusedAction?: string;
}) {
  const { features, refusedAction } = props;
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Portal features">
      <TableHead>
        <TableRow>
          <TableCell>Feature</TableCell>
          <TableCell>Allowed</TableCell>
          <TableCell>Missing</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {features.map(finding => {
          const missing = refusedNames(finding);
          const refusedRow = missing.some(name =>
            isRefused(name, refusedAction),
          );
          return (
            <TableRow
              key={finding.feature}
              className={refusedRow ? classes.refusedRow : undefined}
              data-refused={refusedRow || undefined}
            >
              <TableCell component="th" scope="row">
                {auditActionLabels[finding.feature] ?? finding.feature}
                <Typography
                  variant="caption"
                  display="block"
                  color="textSecondary"
                >
                  {finding.feature}
                </Typography>
              </TableCell>
              <TableCell>
                <Box component="span" display="inline-flex" alignItems="center">
                  {finding.allowed ? (
                    <CheckIcon fontSize="small" aria-hidden="true" />
                  ) : (
                    <BlockIcon fontSize="small" aria-hidden="true" />
                  )}
                  <Box component="span" ml={0.5}>
                    {finding.allowed ? 'Allowed' : 'Not allowed'}
                  </Box>
                </Box>
              </TableCell>
              <TableCell>
                {missing.length > 0 ? (
                  <Box component="ul" m={0} pl={2}>
                    {missing.map(name => (
                      <MissingName
                        key={name}
                        name={name}
                        refused={isRefused(name, refusedAction)}
                      />
                    ))}
                  </Box>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
