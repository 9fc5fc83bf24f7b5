/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource } from '../../state/model';
import { byListView, byOrder, byTags } from './listFilters';

const asset = (
  name: string,
  createdAt: string,
  tags: Record<string, string>,
  isArchived = false,
): ArmResource => ({
  id: `/x/${name}`,
  name,
  type: 't',
  properties: { tags, isArchived },
  systemData: {
    createdAt,
    createdBy: 'a',
    createdByType: 'User',
    lastModifiedAt: createdAt,
    lastModifiedBy: 'a',
    lastModifiedByType: 'User',
  },
});

const items = [
  asset('old', '2026-01-01T00:00:00Z', { stage: 'prod', team: 'vision' }),
  asset('new', '2026-02-01T00:00:00Z', { stage: 'dev' }),
  asset('gone', '2026-01-15T00:00:00Z', { stage: 'prod' }, true),
];
const names = (list: ArmResource[]) => list.map(r => r.name);

describe('list filters', () => {
  it('hides archived items unless asked (listViewType)', () => {
    expect(names(byListView(items, undefined))).toEqual(['old', 'new']);
    expect(names(byListView(items, 'archivedonly'))).toEqual(['gone']);
    expect(names(byListView(items, 'All'))).toEqual(['old', 'new', 'gone']);
    expect(() => byListView(items, 'Some')).toThrow(
      "The listViewType 'Some' is not valid. Use ActiveOnly, ArchivedOnly or All.",
    );
  });

  it('keeps items having every tag key or key=value asked for', () => {
    expect(names(byTags(items, 'stage=prod'))).toEqual(['old', 'gone']);
    expect(names(byTags(items, 'STAGE=prod,team'))).toEqual(['old']);
    expect(names(byTags(items, 'stage=qa'))).toEqual([]);
    expect(names(byTags(items, undefined))).toEqual(['old', 'new', 'gone']);
  });

  it('orders by creation time, newest first unless asked otherwise', () => {
    expect(names(byOrder(items, undefined))).toEqual(['new', 'gone', 'old']);
    expect(names(byOrder(items, 'createdtime asc'))).toEqual([
      'old',
      'gone',
      'new',
    ]);
    expect(() => byOrder(items, 'name')).toThrow(
      "The $orderBy 'name' is not supported. Use 'createdtime desc' or 'createdtime asc'.",
    );
  });
});
