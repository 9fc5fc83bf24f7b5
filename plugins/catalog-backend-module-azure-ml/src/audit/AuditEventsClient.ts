/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The client lives in -node, shared with the scaffolder module.
export {
  AuditEventsClient,
  type AuditEventPost,
} from '@azure-ml-backstage/plugin-azure-ml-node';
