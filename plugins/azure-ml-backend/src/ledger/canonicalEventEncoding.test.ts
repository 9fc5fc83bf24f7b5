/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuditEventRow } from './auditEventRow';
import {
  GENESIS_HASH,
  canonicalEventEncoding,
  canonicalParameters,
  checkpointSignature,
  eventHash,
} from './canonicalEventEncoding';

const row: Omit<AuditEventRow, 'hash'> = {
  sequence: 7,
  id: '0b5c3a1e-0000-4000-8000-000000000007',
  time: '2026-03-01T12:00:00.000Z',
  actor_user_entity_ref: 'user:default/bob',
  actor_object_id: null,
  actor_tenant_id: null,
  actor_service: null,
  action: 'job.cancel',
  target_resource_id: '/subscriptions/s/jobs/j',
  workspace_id: null,
  parameters: '{}',
  outcome: 'initiated',
  error_code: null,
  denied_by: null,
  message: null,
  correlation_id: null,
  request_id: 'r',
  client_ip: null,
  user_agent: null,
  source: 'portal',
  external_id: null,
  previous_hash: GENESIS_HASH,
};

describe('canonicalEventEncoding', () => {
  it('is a JSON array of the version and every stored column but the hash, in a fixed order', () => {
    expect(canonicalEventEncoding(row)).toBe(
      JSON.stringify([
        'azure-ml-audit-event/v1',
        7,
        '0b5c3a1e-0000-4000-8000-000000000007',
        '2026-03-01T12:00:00.000Z',
        'user:default/bob',
        null,
        null,
        null,
        'job.cancel',
        '/subscriptions/s/jobs/j',
        null,
        '{}',
        'initiated',
        null,
        null,
        null,
        null,
        'r',
        null,
        null,
        'portal',
        null,
        GENESIS_HASH,
      ]),
    );
  });

  it('does not depend on the order of the keys, nor on how the database returns the sequence', () => {
    const shuffled = Object.fromEntries(
      Object.entries(row).reverse(),
    ) as typeof row;
    expect(canonicalEventEncoding(shuffled)).toBe(canonicalEventEncoding(row));
    expect(canonicalEventEncoding({ ...row, sequence: '7' })).toBe(
      canonicalEventEncoding(row),
    );
  });

  it('tells apart values that would run together if simply concatenated', () => {
    const a = { ...row, actor_object_id: 'ab', actor_tenant_id: 'c' };
    const b = { ...row, actor_object_id: 'a', actor_tenant_id: 'bc' };
    expect(canonicalEventEncoding(a)).not.toBe(canonicalEventEncoding(b));
    // An empty string is not an absent value.
    expect(canonicalEventEncoding({ ...row, message: '' })).not.toBe(
      canonicalEventEncoding(row),
    );
    // Quotes cannot forge a field boundary.
    expect(canonicalEventEncoding({ ...row, message: 'x","y' })).not.toBe(
      canonicalEventEncoding({ ...row, message: 'x', error_code: 'y' }),
    );
  });

  it('changes with every column', () => {
    const base = canonicalEventEncoding(row);
    for (const column of Object.keys(row) as (keyof typeof row)[]) {
      const changed = { ...row, [column]: column === 'sequence' ? 8 : 'other' };
      expect(canonicalEventEncoding(changed)).not.toBe(base);
    }
  });
});

describe('canonicalParameters', () => {
  it('sorts the keys of every object, so equal parameters are equal text', () => {
    expect(
      canonicalParameters({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } }),
    ).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalParameters({ y: 1, x: 2 })).toBe(
      canonicalParameters({ x: 2, y: 1 }),
    );
    expect(canonicalParameters(undefined)).toBe('{}');
  });
});

describe('eventHash and checkpointSignature', () => {
  it('are hex HMAC-SHA-256 keyed with the secret', () => {
    const hash = eventHash('secret-one', row);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash('secret-one', row)).toBe(hash);
    expect(eventHash('secret-two', row)).not.toBe(hash);
    expect(
      eventHash('secret-one', { ...row, previous_hash: 'f'.repeat(64) }),
    ).not.toBe(hash);
    const checkpoint = { sequence: 5, hash, time: row.time };
    expect(checkpointSignature('secret-one', checkpoint)).toMatch(
      /^[0-9a-f]{64}$/,
    );
    expect(
      checkpointSignature('secret-one', { ...checkpoint, sequence: 6 }),
    ).not.toBe(checkpointSignature('secret-one', checkpoint));
  });
});
