/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import type { AuditLedger } from '../ledger/AuditLedger';
import type { KnexAuditLedger } from '../ledger/KnexAuditLedger';
import {
  sqliteAuditDatabase,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import type { AuditCompletion, AuditEvent, AuditHook } from './AuditHook';
import { LedgerAuditHook } from './LedgerAuditHook';

const JOB =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/jobs/j';
const EVENT: AuditEvent = {
  action: 'job.cancel',
  resourceId: JOB,
  workspaceId: JOB.replace(/\/jobs\/j$/, ''),
  actor: 'user:default/bob',
  azureIdentity: { objectId: 'oid-bob', tenantId: 'tid' },
  requestId: 'req-1',
  parameters: { why: 'stuck', token: 'abc' },
};

/** A mirror that records what it was told, in order with the ledger's events. */
function recordingMirror(log: string[], fail = false): AuditHook {
  const step = async (what: string) => {
    log.push(`mirror ${what}`);
    if (fail) throw new Error('auditor down');
  };
  return {
    async begin() {
      await step('begin');
      const completion: AuditCompletion = {
        succeeded: () => step('succeeded'),
        failed: () => step('failed'),
        denied: () => step('denied'),
      };
      return completion;
    },
    denied: () => step('denied by backstage'),
  };
}

describe('LedgerAuditHook', () => {
  let db: TestAuditDatabase;
  let ledger: KnexAuditLedger;
  const logger = mockServices.logger.mock();

  beforeEach(async () => {
    db = sqliteAuditDatabase();
    ledger = await db.ledger();
    jest.clearAllMocks();
  });
  afterEach(() => db.drop());

  async function events(): Promise<AzureMlAuditEvent[]> {
    return (await ledger.query({ order: 'oldest' })).items;
  }

  /** The ledger, logging each append into `log` as it lands. */
  function loggingLedger(log: string[], inner: AuditLedger = ledger) {
    return {
      ...inner,
      append: async (record: Parameters<AuditLedger['append']>[0]) => {
        const event = await inner.append(record);
        log.push(`ledger ${record.outcome}`);
        return event;
      },
    } as AuditLedger;
  }

  it('writes initiated to the ledger before it answers, then the outcome, mirroring each', async () => {
    const log: string[] = [];
    const hook = new LedgerAuditHook({
      ledger: loggingLedger(log),
      mirror: recordingMirror(log),
      logger,
    });
    const completion = await hook.begin(EVENT);
    expect(log).toEqual(['ledger initiated', 'mirror begin']);
    await completion.succeeded({ correlationId: 'corr-1' });
    expect(log).toEqual([
      'ledger initiated',
      'mirror begin',
      'ledger succeeded',
      'mirror succeeded',
    ]);
    const [initiated, succeeded] = await events();
    const expected = {
      actor: {
        userEntityRef: 'user:default/bob',
        objectId: 'oid-bob',
        tenantId: 'tid',
      },
      action: 'job.cancel',
      targetResourceId: JOB,
      workspaceId: EVENT.workspaceId,
      parameters: { why: 'stuck', token: '[redacted]' },
      requestId: 'req-1',
      source: 'portal',
    };
    expect(initiated).toMatchObject({ ...expected, outcome: 'initiated' });
    expect(succeeded).toMatchObject({
      ...expected,
      outcome: 'succeeded',
      correlationId: 'corr-1',
    });
  });

  it('rejects, and mirrors nothing, when initiated cannot be written', async () => {
    const log: string[] = [];
    const broken = {
      ...ledger,
      append: async () => {
        throw new Error('SQLITE_READONLY');
      },
    } as unknown as AuditLedger;
    const hook = new LedgerAuditHook({
      ledger: broken,
      mirror: recordingMirror(log),
      logger,
    });
    await expect(hook.begin(EVENT)).rejects.toThrow('SQLITE_READONLY');
    expect(log).toEqual([]);
    expect(logger.error).toHaveBeenCalledWith(
      `Refused job.cancel on ${JOB}: the audit ledger cannot be written`,
      expect.objectContaining({ message: 'SQLITE_READONLY' }),
    );
  });

  it("records Azure's failure code and correlation id, and a denial by Azure", async () => {
    const hook = new LedgerAuditHook({
      ledger,
      mirror: recordingMirror([]),
      logger,
    });
    await (
      await hook.begin(EVENT)
    ).failed(
      new NotFoundError(
        "Cancel job j failed: Azure answered 404: Job 'j' was not found. (UserError, correlation id 0a0a0a0a-0000-4000-8000-000000000001)",
      ),
    );
    await (
      await hook.begin({ ...EVENT, requestId: 'req-2' })
    ).denied(
      new NotAllowedError(
        "Azure RBAC denied action 'x' on scope 'y': ... (AuthorizationFailed, correlation id 0a0a0a0a-0000-4000-8000-000000000002)",
      ),
    );
    await (
      await hook.begin({ ...EVENT, requestId: 'req-3' })
    ).failed(new Error('socket hang up'));
    const outcomes = (await events()).filter(e => e.outcome !== 'initiated');
    expect(outcomes).toEqual([
      expect.objectContaining({
        outcome: 'failed',
        errorCode: 'UserError',
        correlationId: '0a0a0a0a-0000-4000-8000-000000000001',
        message: expect.stringMatching(/^Cancel job j failed/),
      }),
      expect.objectContaining({
        outcome: 'denied',
        deniedBy: 'azure',
        errorCode: 'AuthorizationFailed',
        correlationId: '0a0a0a0a-0000-4000-8000-000000000002',
        requestId: 'req-2',
      }),
      expect.objectContaining({
        outcome: 'failed',
        errorCode: 'Error',
        message: 'socket hang up',
        requestId: 'req-3',
      }),
    ]);
    expect(outcomes[2].correlationId).toBeUndefined();
  });

  it('records a denial by the Backstage permission policy as one event', async () => {
    const log: string[] = [];
    const hook = new LedgerAuditHook({
      ledger: loggingLedger(log),
      mirror: recordingMirror(log),
      logger,
    });
    await hook.denied(
      EVENT,
      new NotAllowedError(
        "Backstage permission policy denied 'azureMl.job.cancel'",
      ),
    );
    expect(log).toEqual(['ledger denied', 'mirror denied by backstage']);
    expect(await events()).toEqual([
      expect.objectContaining({
        outcome: 'denied',
        deniedBy: 'backstage',
        errorCode: 'NotAllowedError',
        message: "Backstage permission policy denied 'azureMl.job.cancel'",
      }),
    ]);
  });

  it('logs, not throws, an outcome or a denial it cannot write once the action was tried', async () => {
    let writes = 0;
    const flaky = {
      ...ledger,
      append: async (record: Parameters<AuditLedger['append']>[0]) => {
        if (writes++ > 0) throw new Error('connection lost');
        return ledger.append(record);
      },
    } as unknown as AuditLedger;
    const log: string[] = [];
    const hook = new LedgerAuditHook({
      ledger: flaky,
      mirror: recordingMirror(log),
      logger,
    });
    const completion = await hook.begin(EVENT);
    await expect(completion.succeeded({ correlationId: 'c' })).resolves.toBe(
      undefined,
    );
    await expect(hook.denied(EVENT, new NotAllowedError('no'))).resolves.toBe(
      undefined,
    );
    expect(log).toEqual([
      'mirror begin',
      'mirror succeeded',
      'mirror denied by backstage',
    ]);
    expect(logger.error).toHaveBeenCalledWith(
      `The audit ledger could not record that job.cancel on ${JOB} succeeded (request req-1)`,
      expect.objectContaining({ message: 'connection lost' }),
    );
    expect((await events()).map(e => e.outcome)).toEqual(['initiated']);
  });

  it('keeps the ledger the record when the mirror fails', async () => {
    const hook = new LedgerAuditHook({
      ledger,
      mirror: recordingMirror([], true),
      logger,
    });
    const completion = await hook.begin(EVENT);
    await completion.succeeded({});
    expect((await events()).map(e => e.outcome)).toEqual([
      'initiated',
      'succeeded',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not mirror job.cancel (begin) to the auditor service',
      expect.objectContaining({ message: 'auditor down' }),
    );
  });
});
