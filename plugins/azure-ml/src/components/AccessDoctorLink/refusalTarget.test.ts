/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { WS_ID } from '../../__testUtils__';
import { accessDoctorSearch } from '../AccessDoctorPage/accessDoctorQuery';
import { denialTarget, workspaceIdOfScope } from './refusalTarget';

describe('workspaceIdOfScope', () => {
  it('cuts a scope in a workspace after the workspace, spelled canonically', () => {
    expect(workspaceIdOfScope(WS_ID)).toBe(WS_ID);
    expect(
      workspaceIdOfScope(`${WS_ID}/onlineEndpoints/defect-classifier`),
    ).toBe(WS_ID);
    expect(
      workspaceIdOfScope(
        `${WS_ID}/jobs/job-1`
          .replace('/resourceGroups/', '/resourcegroups/')
          .replace('/workspaces/', '/WORKSPACES/'),
      ),
    ).toBe(WS_ID);
  });

  it('finds no workspace above one, in an entity ref, or in a broken id', () => {
    expect(
      workspaceIdOfScope(WS_ID.replace(/\/providers\/.*$/, '')),
    ).toBeUndefined();
    expect(workspaceIdOfScope('system:default/mlw-vision')).toBeUndefined();
    expect(
      workspaceIdOfScope(WS_ID.replace('mlw-vision', 'x')),
    ).toBeUndefined();
    expect(workspaceIdOfScope(undefined)).toBeUndefined();
  });
});

describe('denialTarget', () => {
  it('names the Azure action of an Azure denial and the permission of a Backstage one', () => {
    expect(
      denialTarget({
        side: 'azure',
        action:
          'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
        scope: WS_ID,
        message: 'm',
      }),
    ).toEqual({
      action: 'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
      scope: WS_ID,
      workspaceId: WS_ID,
    });
    expect(
      denialTarget(
        {
          side: 'backstage',
          action: 'update',
          permission: 'azureMl.job.cancel',
          scope: 'system:default/mlw-vision',
          message: 'm',
        },
        WS_ID,
      ),
    ).toEqual({
      action: 'azureMl.job.cancel',
      scope: 'system:default/mlw-vision',
      workspaceId: WS_ID,
    });
  });

  it('becomes a query of workspace, action and scope, leaving out what is unknown', () => {
    expect(accessDoctorSearch({ action: 'azureMl.audit.read' })).toBe(
      'action=azureMl.audit.read',
    );
    expect(
      new URLSearchParams(
        accessDoctorSearch({ action: 'a/b', scope: WS_ID, workspaceId: WS_ID }),
      ).toString(),
    ).toBe(
      `workspace=${encodeURIComponent(
        WS_ID,
      )}&action=a%2Fb&scope=${encodeURIComponent(WS_ID)}`,
    );
  });
});
