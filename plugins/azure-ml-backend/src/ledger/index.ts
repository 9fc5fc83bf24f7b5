/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export type { AuditLedger, AuditQuery, AuditRecord } from './AuditLedger';
export { KnexAuditLedger } from './KnexAuditLedger';
export { REDACTED, redactParameters } from './redactParameters';
