/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { ActivityLogImporter } from './ActivityLogImporter';
export type { ActivityLogImportOutcome } from './ActivityLogImporter';
export {
  ACTIVITY_LOG_IMPORT_TASK_ID,
  scheduleActivityLogImport,
} from './scheduleActivityLogImport';
