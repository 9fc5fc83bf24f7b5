/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditVerification } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuditCheckpointRow, AuditEventRow } from './auditEventRow';
import {
  GENESIS_HASH,
  checkpointSignature,
  eventHash,
  sameDigest,
} from './canonicalEventEncoding';

type BrokenLink = NonNullable<AzureMlAuditVerification['firstBroken']>;

/**
 * Walks the chain, batch by batch in sequence order, from the checkpoint (or
 * the genesis hash) and stops at the first broken link. Each event is
 * checked in the order that names the tampering: its sequence follows the
 * one before (a deleted event leaves a `sequence-gap` at the next), its
 * `previous_hash` is the hash before (a swapped or moved event is a
 * `previous-hash-mismatch`), and its hash is the HMAC of its content (an
 * edited event is a `hash-mismatch`). A checkpoint that is not signed with
 * the secret, or that the first event after it does not follow, is a
 * `checkpoint-mismatch`.
 *
 * @internal
 */
export async function verifyAuditChain(options: {
  secret: string;
  checkpoint?: AuditCheckpointRow;
  batches: AsyncIterable<AuditEventRow[]>;
}): Promise<AzureMlAuditVerification> {
  const { secret, checkpoint } = options;
  const fromSequence = checkpoint ? Number(checkpoint.sequence) + 1 : 1;
  let expectedSequence = fromSequence;
  let expectedPrevious = checkpoint?.hash ?? GENESIS_HASH;
  let checkedEvents = 0;
  const result = (firstBroken?: BrokenLink): AzureMlAuditVerification => ({
    valid: !firstBroken,
    checkedEvents,
    fromSequence,
    toSequence: firstBroken?.sequence ?? expectedSequence - 1,
    ...(firstBroken ? { firstBroken } : {}),
    verifiedAt: new Date().toISOString(),
  });

  if (checkpoint) {
    const { signature, ...anchor } = checkpoint;
    if (!sameDigest(signature, checkpointSignature(secret, anchor))) {
      return result({
        sequence: Number(checkpoint.sequence),
        reason: 'checkpoint-mismatch',
        message: `The checkpoint at sequence ${checkpoint.sequence} is not signed with the ledger's secret: it was edited or forged, so the start of the chain cannot be trusted`,
      });
    }
  }

  for await (const batch of options.batches) {
    for (const row of batch) {
      const sequence = Number(row.sequence);
      checkedEvents++;
      const broken = brokenLink(secret, row, {
        sequence: expectedSequence,
        previousHash: expectedPrevious,
        afterCheckpoint: Boolean(checkpoint) && checkedEvents === 1,
      });
      if (broken) return result(broken);
      expectedSequence = sequence + 1;
      expectedPrevious = row.hash;
    }
  }
  return result();
}

function brokenLink(
  secret: string,
  row: AuditEventRow,
  expected: {
    sequence: number;
    previousHash: string;
    afterCheckpoint: boolean;
  },
): BrokenLink | undefined {
  const sequence = Number(row.sequence);
  const { hash, ...content } = row;
  if (sequence < expected.sequence) {
    return {
      sequence,
      reason: 'checkpoint-mismatch',
      message: `Event ${sequence} is at or before the checkpoint at ${
        expected.sequence - 1
      }, which says it was removed`,
    };
  }
  if (sequence > expected.sequence) {
    const missing =
      sequence - 1 === expected.sequence
        ? `event ${expected.sequence} is`
        : `events ${expected.sequence} to ${sequence - 1} are`;
    return {
      sequence,
      reason: 'sequence-gap',
      message: `Event ${sequence} follows event ${
        expected.sequence - 1
      }: ${missing} missing (deleted)`,
    };
  }
  if (!sameDigest(row.previous_hash, expected.previousHash)) {
    return expected.afterCheckpoint
      ? {
          sequence,
          reason: 'checkpoint-mismatch',
          message: `Event ${sequence} does not link to the checkpoint before it: the checkpoint or the event was replaced`,
        }
      : {
          sequence,
          reason: 'previous-hash-mismatch',
          message: `Event ${sequence} does not link to event ${
            sequence - 1
          }: events were swapped, moved or replaced`,
        };
  }
  if (!sameDigest(hash, eventHash(secret, content))) {
    return {
      sequence,
      reason: 'hash-mismatch',
      message: `Event ${sequence} does not match its hash: it was edited after it was written`,
    };
  }
  return undefined;
}
