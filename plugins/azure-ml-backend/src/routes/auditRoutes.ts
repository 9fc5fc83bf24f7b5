/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlAuditReadPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Request, Router } from 'express';
import { requirePermission } from '@azure-ml-backstage/plugin-azure-ml-node';
import { auditExportEncoder } from './auditExportFormats';
import { readAuditExportQuery, readAuditListQuery } from './readAuditQuery';
import { readAuditRecord } from './readAuditRecord';
import type { RouteContext } from './RouteContext';
import { writeAuditExport } from './writeAuditExport';

/**
 * Checks that the caller (a user, or another backend plugin) may read the
 * audit log: the Backstage permission `azureMl.audit.read`. No Azure token
 * is asked for, as reading the log calls no Azure API.
 */
async function requireAuditRead(ctx: RouteContext, req: Request) {
  const credentials = await ctx.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  await requirePermission({
    permissions: ctx.permissions,
    credentials,
    permission: azureMlAuditReadPermission,
  });
}

/** The export's file name: `azure-ml-audit-<UTC date>.<ext>`. */
function exportFileName(extension: string, now = new Date()): string {
  return `azure-ml-audit-${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * Audit log routes: query (newest first, paged), export (NDJSON or CSV,
 * streamed), verify the hash chain, and append (backend plugins only).
 *
 * @internal
 */
export function addAuditRoutes(router: Router, ctx: RouteContext): void {
  router.get('/audit/events', async (req, res) => {
    const query = readAuditListQuery(req.query);
    await requireAuditRead(ctx, req);
    res.json(await ctx.auditLedger.query({ ...query, order: 'newest' }));
  });

  router.get('/audit/events/export', async (req, res) => {
    const { format, ...filter } = readAuditExportQuery(req.query);
    await requireAuditRead(ctx, req);
    const encoder = auditExportEncoder(format);
    await writeAuditExport(
      res,
      ctx.auditLedger.stream(filter),
      encoder,
      exportFileName(encoder.extension),
    );
  });

  router.get('/audit/verify', async (req, res) => {
    await requireAuditRead(ctx, req);
    res.json(await ctx.auditLedger.verify());
  });

  router.post('/audit/events', async (req, res) => {
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['service'],
    });
    const record = readAuditRecord(req.body, credentials.principal.subject);
    res.status(201).json(await ctx.auditLedger.append(record));
  });
}
