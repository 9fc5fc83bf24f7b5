/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { assetOwnerRef } from './assetOwnerRef';

const WORKSPACE_OWNER = 'group:default/team-vision';

describe('assetOwnerRef', () => {
  it('takes the group or user the owner tag names', () => {
    expect(
      assetOwnerRef({ owner: 'group:default/data-platform' }, WORKSPACE_OWNER),
    ).toBe('group:default/data-platform');
    expect(
      assetOwnerRef({ owner: ' user:default/alice ' }, WORKSPACE_OWNER),
    ).toBe('user:default/alice');
    expect(
      assetOwnerRef({ owner: 'Group:research/nlp-team' }, WORKSPACE_OWNER),
    ).toBe('group:research/nlp-team');
  });

  it('reads a bare name as a group in the default namespace', () => {
    expect(assetOwnerRef({ owner: 'data-platform' }, WORKSPACE_OWNER)).toBe(
      'group:default/data-platform',
    );
  });

  it("keeps the workspace's owner without a tag, or with an empty one", () => {
    expect(assetOwnerRef(undefined, WORKSPACE_OWNER)).toBe(WORKSPACE_OWNER);
    expect(assetOwnerRef({ team: 'x' }, WORKSPACE_OWNER)).toBe(WORKSPACE_OWNER);
    expect(assetOwnerRef({ owner: '  ' }, WORKSPACE_OWNER)).toBe(
      WORKSPACE_OWNER,
    );
  });

  it.each([
    ['component:default/defect-service', 'another kind'],
    ['system:default/mlw-vision', 'another kind'],
    ['group:default/', 'no name'],
    ['group:default/Data Platform', 'a name Backstage refuses'],
    ['a:b:c', 'no entity ref'],
  ])("ignores '%s' (%s) and keeps the workspace's owner", value => {
    expect(assetOwnerRef({ owner: value }, WORKSPACE_OWNER)).toBe(
      WORKSPACE_OWNER,
    );
  });
});
