/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { CodeSnippet } from '@backstage/core-components';
import type { AzureMlLeastPrivilegeRole } from '@azure-ml-backstage/plugin-azure-ml-common';
import { ActionList } from './ActionList';
import { subjectTitle } from './leastPrivilegeVocabulary';
import {
  roleDefinitionCreateCommand,
  roleDefinitionJson,
} from './roleDefinitionCommand';

function usedBy(role: AzureMlLeastPrivilegeRole): string {
  const people = role.principals.length;
  const events = role.principals.reduce((sum, p) => sum + p.events, 0);
  return `Used by ${people} ${
    people === 1 ? 'principal' : 'principals'
  } in ${events} ${events === 1 ? 'event' : 'events'}.`;
}

/**
 * The custom role recommended for one group (or ungrouped principal): the
 * Azure actions it used, the role definition covering exactly them, and
 * the `az role definition create` command that creates it, both to copy.
 *
 * @internal
 */
export function RecommendedRole(props: { role: AzureMlLeastPrivilegeRole }) {
  const { role } = props;
  const headingId = useId();
  const title = subjectTitle(role.subject);
  return (
    <Box component="section" aria-labelledby={headingId} mt={2}>
      <Typography variant="subtitle1" component="h4" id={headingId}>
        {title}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {usedBy(role)}
      </Typography>
      <ActionList
        title="Used actions"
        actions={role.usedActions}
        emptyText="No Azure action used in the window."
      />
      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          <Box
            component="section"
            aria-label={`Custom role definition for ${title}`}
            mt={1}
          >
            <Typography variant="subtitle2" component="h5">
              Custom role definition
            </Typography>
            <CodeSnippet
              text={roleDefinitionJson(role.roleDefinition)}
              language="json"
              showCopyCodeButton
            />
          </Box>
        </Grid>
        <Grid item xs={12} md={6}>
          <Box
            component="section"
            aria-label={`Azure CLI command for ${title}`}
            mt={1}
          >
            <Typography variant="subtitle2" component="h5">
              Create it with the Azure CLI
            </Typography>
            <CodeSnippet
              text={roleDefinitionCreateCommand(role.roleDefinition)}
              language="bash"
              showCopyCodeButton
              wrapLongLines
            />
          </Box>
        </Grid>
      </Grid>
    </Box>
  );
}
