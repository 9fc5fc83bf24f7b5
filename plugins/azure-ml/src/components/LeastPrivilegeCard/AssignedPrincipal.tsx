/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  AzureMlHeldRole,
  AzureMlPrincipalPrivileges,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { scopeWords } from '../AccessMapPage/accessMapVocabulary';
import { ActionList } from './ActionList';
import { assigneeTitle, comparedWithWords } from './leastPrivilegeVocabulary';

function heldRoleWords(role: AzureMlHeldRole, workspaceId: string): string {
  const kind = role.roleType === 'CustomRole' ? 'custom' : 'built-in';
  return `${role.roleName} (${kind}) @ ${scopeWords(role.scope, workspaceId)}${
    role.inherited ? ' (inherited)' : ''
  }`;
}

function HeldRoles(props: { roles: AzureMlHeldRole[]; workspaceId: string }) {
  const { roles, workspaceId } = props;
  const titleId = useId();
  return (
    <Box mt={1}>
      <Typography variant="subtitle2" component="h5" id={titleId}>
        Roles held
      </Typography>
      {roles.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          None of its own: it holds its access through its groups.
        </Typography>
      ) : (
        <Box component="ul" mt={0} pl={3} aria-labelledby={titleId}>
          {roles.map(role => (
            <li key={role.assignmentId}>
              <Typography variant="body2">
                {heldRoleWords(role, workspaceId)}
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

/**
 * One principal with a role assignment at the workspace: the roles it
 * holds, the permissions they grant that nobody it is compared with used,
 * and the actions used that its assignments do not grant.
 *
 * @internal
 */
export function AssignedPrincipal(props: {
  principal: AzureMlPrincipalPrivileges;
  workspaceId: string;
}) {
  const { principal, workspaceId } = props;
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} mt={2}>
      <Typography variant="subtitle1" component="h4" id={headingId}>
        {assigneeTitle(principal)}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        Compared with the usage of {comparedWithWords(principal)}.
      </Typography>
      <HeldRoles roles={principal.roles} workspaceId={workspaceId} />
      <ActionList
        title="Unused permissions"
        description="Granted by its roles, but used by nobody it is compared with in the window."
        actions={principal.unusedActions}
        emptyText="None: its roles grant no write that went unused."
      />
      <ActionList
        title="Not granted"
        description="Used by those it is compared with, but not granted by its assignments."
        actions={principal.notGranted}
        emptyText="None: its assignments grant everything used."
      />
    </Box>
  );
}
