/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ownerRef } from './ownerRef';

describe('ownerRef', () => {
  it('names the group as the msgraph module names it', () => {
    expect(ownerRef({ owner: 'team-vision' }, 'owner', 'group:default/x')).toBe(
      'group:default/team-vision',
    );
    expect(
      ownerRef({ team: 'Data Science  Team' }, 'team', 'group:default/x'),
    ).toBe('group:default/data_science_team');
  });

  it('falls back to the default owner without the tag', () => {
    expect(ownerRef({ owner: ' ' }, 'owner', 'group:default/x')).toBe(
      'group:default/x',
    );
    expect(ownerRef(undefined, 'owner', 'group:default/x')).toBe(
      'group:default/x',
    );
  });
});
