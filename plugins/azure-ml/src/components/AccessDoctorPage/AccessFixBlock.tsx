/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CodeSnippet, Link } from '@backstage/core-components';
import type {
  AccessFix,
  AccessRoleToGrant,
} from '@azure-ml-backstage/plugin-azure-ml-common';

function RoleToGrant(props: { role: AccessRoleToGrant }) {
  const { role } = props;
  return (
    <Box component="section" aria-label="Role to grant" mt={1}>
      <Typography variant="body2">
        Grant the role <strong>{role.roleName}</strong> at the scope{' '}
        <code style={{ overflowWrap: 'anywhere' }}>{role.scope}</code> to the
        principal <code>{role.principalId}</code>.
      </Typography>
      {role.grants.length > 0 && (
        <>
          <Typography variant="caption" color="textSecondary">
            It grants what is missing:
          </Typography>
          <Box component="ul" mt={0} pl={3}>
            {role.grants.map(action => (
              <li key={action}>
                <Typography variant="caption">
                  <code>{action}</code>
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

function PortalSteps(props: { steps: string[] }) {
  const headingId = useId();
  return (
    <Box mt={1}>
      <Typography variant="subtitle2" id={headingId}>
        In the Azure portal
      </Typography>
      <Box component="ol" mt={0} pl={3} aria-labelledby={headingId}>
        {props.steps.map((step, index) => (
          <li key={`${index}-${step}`}>
            <Typography variant="body2">{step}</Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
}

/**
 * How to put a failing check right: what to do in one sentence, the role to
 * grant and where, the `az` command to copy, the same as steps in the Azure
 * portal, and the tenant's admin-consent page.
 *
 * @internal
 */
export function AccessFixBlock(props: { fix: AccessFix }) {
  const { fix } = props;
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} mt={2}>
      <Typography variant="subtitle1" component="h3" id={headingId}>
        How to fix
      </Typography>
      <Typography variant="body2">{fix.summary}</Typography>
      {fix.role && <RoleToGrant role={fix.role} />}
      {fix.azCli && (
        <Box component="section" aria-label="Azure CLI command" mt={1}>
          <Typography variant="subtitle2">With the Azure CLI</Typography>
          <CodeSnippet
            text={fix.azCli}
            language="bash"
            showCopyCodeButton
            wrapLongLines
          />
        </Box>
      )}
      {fix.portalSteps && fix.portalSteps.length > 0 && (
        <PortalSteps steps={fix.portalSteps} />
      )}
      {fix.adminConsentUrl && (
        <Box mt={1}>
          <Typography variant="body2">
            <Link to={fix.adminConsentUrl}>Grant admin consent</Link>{' '}
            <Typography
              component="span"
              variant="caption"
              color="textSecondary"
            >
              (a tenant administrator signs in and consents for everyone)
            </Typography>
          </Typography>
        </Box>
      )}
    </Box>
  );
}
