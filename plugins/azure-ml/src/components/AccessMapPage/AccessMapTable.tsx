/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  AzureMlAccessMap,
  AzureMlAccessMapPrincipal,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { DriftChips } from './DriftChips';
import {
  accessMapFeatureLabels,
  entityRefName,
  projectRoleSource,
  scopeWords,
} from './accessMapVocabulary';

function kindWords(principal: AzureMlAccessMapPrincipal): string {
  if (principal.kind === 'group') return 'Group';
  if (principal.kind === 'user') return 'User';
  return `${principal.principalType ?? 'Principal'}, not in the catalog`;
}

function PrincipalCell(props: { principal: AzureMlAccessMapPrincipal }) {
  const { principal } = props;
  return (
    <>
      <Typography variant="body2">{principal.displayName}</Typography>
      <Typography variant="caption" color="textSecondary" component="div">
        {kindWords(principal)}
        {principal.entityRef ? ` · ${principal.entityRef}` : ''}
      </Typography>
      {principal.memberOf && principal.memberOf.length > 0 && (
        <Typography variant="caption" color="textSecondary" component="div">
          member of {principal.memberOf.map(entityRefName).join(', ')}
        </Typography>
      )}
    </>
  );
}

function ProjectRolesCell(props: { principal: AzureMlAccessMapPrincipal }) {
  const { projectRoles } = props.principal;
  if (projectRoles.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No project role
      </Typography>
    );
  }
  return (
    <>
      {projectRoles.map(role => (
        <Typography
          key={`${role.role}:${role.scope}:${role.group ?? ''}`}
          variant="body2"
        >
          <strong>{role.role}</strong>{' '}
          <Typography component="span" variant="caption">
            ({projectRoleSource(role)}
            {role.appliesHere ? '' : '; reads only here'})
          </Typography>
        </Typography>
      ))}
    </>
  );
}

function FeaturesCell(props: { principal: AzureMlAccessMapPrincipal }) {
  const { features } = props.principal;
  if (features.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Reading only
      </Typography>
    );
  }
  return (
    <Typography variant="body2">
      {features.map(f => accessMapFeatureLabels[f]).join(', ')}
    </Typography>
  );
}

function RoleAssignmentsCell(props: {
  principal: AzureMlAccessMapPrincipal;
  workspaceId: string;
  azureRead: boolean;
}) {
  const { principal, workspaceId, azureRead } = props;
  if (!azureRead) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not read
      </Typography>
    );
  }
  if (principal.roleAssignments.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }
  return (
    <>
      {principal.roleAssignments.map(a => (
        <Typography key={a.id} variant="body2" title={a.scope}>
          {a.roleName} @ {scopeWords(a.scope, workspaceId)}
          {a.inherited ? ' (inherited)' : ''}
          {a.viaGroup ? ` via ${entityRefName(a.viaGroup)}` : ''}
          {a.onlyExcess ? ' — not needed by the project role' : ''}
        </Typography>
      ))}
    </>
  );
}

/**
 * The access map of one workspace as a table: each principal with their
 * project roles, the portal features those allow here, their Azure role
 * assignments (role @ scope, inherited ones marked) and the drift between
 * the two.
 *
 * @internal
 */
export function AccessMapTable(props: {
  map: AzureMlAccessMap;
  workspaceName: string;
}) {
  const { map, workspaceName } = props;
  const azureRead = map.azure.status === 'read';
  return (
    <Table size="small" aria-label={`Who can do what in ${workspaceName}`}>
      <TableHead>
        <TableRow>
          <TableCell style={{ width: '20%' }}>Person or group</TableCell>
          <TableCell style={{ width: '14%' }}>Project role</TableCell>
          <TableCell style={{ width: '18%' }}>Portal features here</TableCell>
          <TableCell style={{ width: '18%' }}>Azure role assignments</TableCell>
          <TableCell style={{ width: '30%' }}>Drift</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {map.principals.map(principal => (
          <TableRow
            key={principal.entityRef ?? principal.objectId}
            data-testid="access-map-row"
          >
            <TableCell>
              <PrincipalCell principal={principal} />
            </TableCell>
            <TableCell>
              <ProjectRolesCell principal={principal} />
            </TableCell>
            <TableCell>
              <FeaturesCell principal={principal} />
            </TableCell>
            <TableCell>
              <RoleAssignmentsCell
                principal={principal}
                workspaceId={map.workspaceId}
                azureRead={azureRead}
              />
            </TableCell>
            <TableCell>
              <DriftChips drift={principal.drift} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
