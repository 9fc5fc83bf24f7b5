/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { parseAccessRefusal } from './accessDoctor';

const CANCEL =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const SCOPE =
  '/subscriptions/s/resourceGroups/rg-nlp/providers/Microsoft.MachineLearningServices/workspaces/mlw-nlp';

describe('parseAccessRefusal', () => {
  it('reads an Azure 403 as the backend words it', () => {
    expect(
      parseAccessRefusal(
        `Azure RBAC denied action '${CANCEL}' on scope '${SCOPE}/jobs/j1': Cancel job j1 needs a role assignment that grants this action; ask an owner of the scope for access (AuthorizationFailed, correlation id 1)`,
      ),
    ).toEqual({ side: 'azure', action: CANCEL, scope: `${SCOPE}/jobs/j1` });
  });

  it("reads the access check's denial", () => {
    expect(
      parseAccessRefusal(
        `Azure RBAC does not grant '${CANCEL}' on '${SCOPE}'; cancelling jobs needs a role assignment that grants it, for example AzureML Data Scientist`,
      ),
    ).toEqual({ side: 'azure', action: CANCEL, scope: SCOPE });
  });

  it("reads Azure's own AuthorizationFailed message", () => {
    expect(
      parseAccessRefusal(
        `The client 'bob@contoso.onmicrosoft.com' with object id 'x' does not have authorization to perform action '${CANCEL}' over scope '${SCOPE}' or the scope is invalid.`,
      ),
    ).toEqual({ side: 'azure', action: CANCEL, scope: SCOPE });
  });

  it('reads a Backstage denial, with and without an entity', () => {
    expect(
      parseAccessRefusal(
        "Backstage permission policy denied 'azureMl.job.cancel' (update) on resource:default/mlw-nlp; ask a Backstage administrator for access",
      ),
    ).toEqual({
      side: 'backstage',
      action: 'azureMl.job.cancel',
      scope: 'resource:default/mlw-nlp',
    });
    expect(
      parseAccessRefusal(
        "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access",
      ),
    ).toEqual({ side: 'backstage', action: 'azureMl.audit.read' });
  });

  it('finds nothing in other errors', () => {
    expect(
      parseAccessRefusal('Job j1 was not found in workspace mlw-nlp'),
    ).toBeUndefined();
  });
});
