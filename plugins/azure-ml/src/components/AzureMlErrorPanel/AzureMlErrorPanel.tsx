/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { ResponseErrorPanel } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import {
  workspaceId as workspaceIdOf,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { AccessDoctorLink, messageTarget } from '../AccessDoctorLink';
import { useWorkspaceView } from '../WorkspaceView/WorkspaceViewContext';

/**
 * The backend's own message of a 403, which names the missing Backstage
 * permission or Azure action and scope in plain words.
 *
 * @internal
 */
export function accessDeniedMessage(error: Error): string | undefined {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return error.body.error.message;
  }
  return undefined;
}

/**
 * What the backend said went wrong, in its own words (it writes them for
 * users: "Job x was not found in workspace y", a 503's retry advice), for
 * any error answer of the backend.
 */
function backendMessage(error: Error): string | undefined {
  return error instanceof ResponseError ? error.body.error.message : undefined;
}

/** The workspace the view shows, when inside a workspace view. */
function useViewedWorkspace(): WorkspaceRef | undefined {
  try {
    return useWorkspaceView().workspace;
  } catch {
    return undefined;
  }
}

/** The ARM id of a workspace, or `undefined` for names Azure would refuse. */
function armIdOf(workspace: WorkspaceRef | undefined): string | undefined {
  try {
    return workspace ? workspaceIdOf(workspace) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A failed load: the error with the backend's own message as its title (for
 * a refusal, the missing permission or action and scope), a link to the
 * access doctor when a 403 names the refused action, and a retry button
 * when the view can retry.
 *
 * @internal
 */
export function AzureMlErrorPanel(props: {
  error: Error;
  onRetry?: () => void;
  /**
   * The workspace the refused call was about, for the access doctor's link
   * when the refusal's scope is not in a workspace (a Backstage refusal
   * names an entity); by default the workspace of the view it is in.
   */
  workspaceId?: string;
  /** Leaves the access doctor's link out (on the access doctor itself). */
  hideAccessDoctorLink?: boolean;
}) {
  const { error, onRetry, hideAccessDoctorLink } = props;
  const viewedWorkspace = useViewedWorkspace();
  const doctorTarget = hideAccessDoctorLink
    ? undefined
    : messageTarget(
        accessDeniedMessage(error),
        props.workspaceId ?? armIdOf(viewedWorkspace),
      );
  return (
    <>
      <ResponseErrorPanel error={error} title={backendMessage(error)} />
      {doctorTarget && (
        <Box mt={1}>
          <AccessDoctorLink target={doctorTarget} />
        </Box>
      )}
      {onRetry && (
        <Box mt={2}>
          <Button variant="outlined" onClick={onRetry}>
            Retry
          </Button>
        </Box>
      )}
    </>
  );
}
