/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlAccessDiagnoseOthersPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { requirePermission } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { Router } from 'express';
import { z } from 'zod';
import type { DoctorSubject } from '../doctor/AccessDoctor';
import { WORKSPACE_PATH } from './paths';
import type { RouteContext } from './RouteContext';
import { readWorkspaceParams } from './workspaceParams';
import { parseInput } from './zodInput';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const doctorQuery = z
  .object({
    subject: z
      .string()
      .refine(
        s =>
          s === 'me' ||
          s === 'service' ||
          (s.startsWith('user:') && GUID.test(s.slice(5))),
        { message: "must be 'me', 'service' or 'user:<Entra object id>'" },
      )
      .optional(),
    action: z
      .string()
      .max(300)
      .regex(/^[A-Za-z0-9./*_-]+$/, {
        message:
          'must be an Azure RBAC action such as Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
      })
      .optional(),
  })
  .strict();

function subjectOf(value: string | undefined): DoctorSubject {
  if (!value || value === 'me') return { kind: 'me' };
  if (value === 'service') return { kind: 'service' };
  return { kind: 'user', objectId: value.slice('user:'.length).toLowerCase() };
}

/**
 * `GET /workspaces/…/access-doctor[?subject=&action=]`: every check of
 * access to the workspace, with verdicts, evidence and fixes. It runs even
 * when the user's Entra token is wrong (that is the first thing it checks);
 * other subjects than `me` need `azureMl.access.diagnose.others`.
 *
 * @internal
 */
export function addAccessDoctorRoutes(router: Router, ctx: RouteContext): void {
  router.get(`${WORKSPACE_PATH}/access-doctor`, async (req, res) => {
    const { workspace } = readWorkspaceParams(req.params);
    const query = parseInput(doctorQuery, req.query, {
      what: 'query',
      root: 'query',
    });
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const subject = subjectOf(query.subject);
    if (subject.kind !== 'me') {
      await requirePermission({
        permissions: ctx.permissions,
        credentials,
        permission: azureMlAccessDiagnoseOthersPermission,
      });
    }
    res.json(
      await ctx.doctor.diagnose({
        token: ctx.userTokens.unvalidated(req),
        credentials,
        workspace,
        subject,
        refusedAction: query.action,
      }),
    );
  });
}
