/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { EmulatorState } from '../../state/EmulatorState';
import { ML_PROVIDER } from './mlIds';

/** How long the emulator's long-running operations take. */
export const OPERATION_DURATION_MS = {
  /** From a job's cancel request to `Canceled`. */
  cancel: 1000,
  /** An endpoint or deployment from `Creating`/`Updating` to `Succeeded`. */
  provision: 2000,
  delete: 500,
};

/** One asynchronous operation ARM answered 201/202 for. */
export type LongRunningOperation = {
  id: string;
  subscriptionId: string;
  /** The Azure region whose operation URLs serve it. */
  location: string;
  /** The resource the operation acts on. */
  targetId: string;
  /** What a poller must be allowed on the target (its `operationresults/read`). */
  pollAction: string;
  startedMs: number;
  doneMs: number;
  /** What the target reports as `provisioningState` until the operation is done. */
  provisioningState?: 'Creating' | 'Updating' | 'Deleting';
  /** What the `Location` URL answers once done: 200, or 204 when nothing remains. */
  finalStatusCode: 200 | 204;
};

type OperationBook = {
  byId: Map<string, LongRunningOperation>;
  latestByTarget: Map<string, LongRunningOperation>;
};

// Per state object, so that an admin reset (a new state) forgets operations.
const books = new WeakMap<EmulatorState, OperationBook>();

function bookOf(state: EmulatorState): OperationBook {
  let book = books.get(state);
  if (!book) {
    book = { byId: new Map(), latestByTarget: new Map() };
    books.set(state, book);
  }
  return book;
}

export function startOperation(
  state: EmulatorState,
  fields: Omit<LongRunningOperation, 'id'>,
): LongRunningOperation {
  const operation = { id: randomUUID(), ...fields };
  const book = bookOf(state);
  book.byId.set(operation.id, operation);
  book.latestByTarget.set(fields.targetId.toLowerCase(), operation);
  return operation;
}

export function findOperation(
  state: EmulatorState,
  id: string,
): LongRunningOperation | undefined {
  return bookOf(state).byId.get(id);
}

export function isDone(operation: LongRunningOperation, nowMs: number) {
  return nowMs >= operation.doneMs;
}

/** The provisioning state an operation still in progress gives its target. */
export function pendingProvisioningState(
  state: EmulatorState,
  targetId: string,
  nowMs: number,
): string | undefined {
  const operation = bookOf(state).latestByTarget.get(targetId.toLowerCase());
  if (!operation || isDone(operation, nowMs)) return undefined;
  return operation.provisioningState;
}

function operationUrl(
  ctx: EmulatorContext,
  operation: LongRunningOperation,
  kind: 'mfeOperationResults' | 'mfeOperationsStatus',
  apiVersion: string,
): string {
  return `${ctx.urls.https}/subscriptions/${operation.subscriptionId}/providers/${ML_PROVIDER}/locations/${operation.location}/${kind}/${operation.id}?api-version=${apiVersion}`;
}

/** The `Location` URL: 202 while running, then the final status code. */
export function operationResultUrl(
  ctx: EmulatorContext,
  operation: LongRunningOperation,
  apiVersion: string,
): string {
  return operationUrl(ctx, operation, 'mfeOperationResults', apiVersion);
}

/** The `Azure-AsyncOperation` URL: a status document. */
export function operationStatusUrl(
  ctx: EmulatorContext,
  operation: LongRunningOperation,
  apiVersion: string,
): string {
  return operationUrl(ctx, operation, 'mfeOperationsStatus', apiVersion);
}

/**
 * Sets the polling headers Azure ML sends with an accepted operation:
 * `Location` for actions and deletes, `Azure-AsyncOperation` for creates
 * and updates (the SDK then reads the resource itself at the end).
 */
export function setOperationHeaders(
  res: Response,
  ctx: EmulatorContext,
  operation: LongRunningOperation,
  apiVersion: string,
  headers: { location?: boolean; asyncOperation?: boolean },
): void {
  if (headers.location) {
    res.setHeader('Location', operationResultUrl(ctx, operation, apiVersion));
  }
  if (headers.asyncOperation) {
    res.setHeader(
      'Azure-AsyncOperation',
      operationStatusUrl(ctx, operation, apiVersion),
    );
  }
}
