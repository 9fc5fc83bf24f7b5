/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';

/**
 * What an undo answers when the thing it was to remove is not there: a
 * write whose outcome was unknown (its answer was lost) had not made it.
 *
 * @internal
 */
export const NOTHING_TO_UNDO = 'nothing-to-undo';

/** One thing an action created, and how to remove it again. */
type UndoStep = {
  what: string;
  undo: () => Promise<void | typeof NOTHING_TO_UNDO>;
};

/**
 * What cleaning up after a failed action achieved: what was removed, and
 * what is left in Azure (with why it could not be removed).
 *
 * @internal
 */
export type UndoReport = { removed: string[]; left: string[] };

/**
 * The things an action has created so far, so that a failure part way
 * leaves nothing half-made: {@link UndoLog.rollback} removes them newest
 * first, and carries on past a removal that fails.
 *
 * @internal
 */
export class UndoLog {
  readonly #steps: UndoStep[] = [];

  /**
   * Notes that `what` now exists in Azure, and how to remove it; an `undo`
   * that finds it absent answers {@link NOTHING_TO_UNDO}, and it is not
   * reported as removed.
   *
   * @param what - The thing in words, e.g. `job sharp_lamp_1`.
   */
  created(
    what: string,
    undo: () => Promise<void | typeof NOTHING_TO_UNDO>,
  ): void {
    this.#steps.push({ what, undo });
  }

  /** Keeps everything created so far: it is no longer removed on failure. */
  keep(): void {
    this.#steps.length = 0;
  }

  /** Removes what was created, newest first, logging each removal. */
  async rollback(logger: LoggerService): Promise<UndoReport> {
    const report: UndoReport = { removed: [], left: [] };
    for (const step of this.#steps.splice(0).reverse()) {
      logger.info(`Removing ${step.what}, which this step created`);
      try {
        if ((await step.undo()) === NOTHING_TO_UNDO) {
          logger.info(`${step.what} is not there; nothing to remove`);
        } else {
          report.removed.push(step.what);
        }
      } catch (error) {
        logger.error(`Could not remove ${step.what}: ${stringifyError(error)}`);
        report.left.push(
          `${step.what} (${(error as Error)?.message ?? error})`,
        );
      }
    }
    return report;
  }
}

/**
 * The sentence a failed action's error ends with: what was removed, and
 * what is left to delete by hand.
 *
 * @internal
 */
export function describeUndo(report: UndoReport): string {
  const parts = [
    report.removed.length > 0 &&
      ` Removed what this step had created: ${report.removed.join(', ')}.`,
    report.left.length > 0 &&
      ` Left in Azure, delete by hand: ${report.left.join('; ')}.`,
  ];
  return parts.filter(Boolean).join('');
}
