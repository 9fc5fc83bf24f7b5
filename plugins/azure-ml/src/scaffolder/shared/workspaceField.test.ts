/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { workspace, WS_ID } from '../../__testUtils__';
import { readWorkspaceField } from './workspaceField';

describe('readWorkspaceField', () => {
  it('reads the workspace of the field workspace by default', () => {
    expect(readWorkspaceField({ workspace: WS_ID })).toEqual({
      id: WS_ID,
      workspace,
    });
  });

  it('follows a dot-separated path into objects', () => {
    expect(
      readWorkspaceField(
        { target: { ml: { workspace: WS_ID } } },
        'target.ml.workspace',
      ),
    ).toEqual({ id: WS_ID, workspace });
  });

  it('has no workspace while the field is empty, missing or not a workspace id', () => {
    expect(readWorkspaceField({})).toBeUndefined();
    expect(readWorkspaceField(undefined)).toBeUndefined();
    expect(readWorkspaceField({ workspace: '' })).toBeUndefined();
    expect(readWorkspaceField({ workspace: 'mlw-vision' })).toBeUndefined();
    expect(readWorkspaceField({ workspace: 42 })).toBeUndefined();
    expect(
      readWorkspaceField({ target: 'x' }, 'target.workspace'),
    ).toBeUndefined();
  });
});
