/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Response, Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import { armHandler, type ArmCall } from '../armPipeline';
import { startWorkspaceOperation } from './acceptedOperations';
import { registerArmCollection, requirePropertiesBody } from './armCollection';
import { acceptJobProperties, submittedJobTimeline } from './jobBodies';
import { requestJobCancel } from './jobCancellation';
import { presentJob } from './jobStatus';
import { byListView, byTags, newestFirst } from './listFilters';
import {
  OPERATION_DURATION_MS,
  setOperationHeaders,
} from './longRunningOperations';
import { mlNotFound, mlUserError } from './mlErrors';
import { ML_TYPES } from './mlIds';
import { createdBy, mlActorOf, modifiedBy } from './systemData';
import { requestedWorkspaceId, requireWorkspace } from './workspaceScope';

const JOB = '/jobs/:id';
/** Fields a PUT may change on a job that exists. */
const MUTABLE_JOB_FIELDS = ['description', 'tags', 'displayName', 'isArchived'];

function byJobType(items: ArmResource[], jobType: unknown): ArmResource[] {
  if (typeof jobType !== 'string' || !jobType) return items;
  const wanted = jobType.toLowerCase();
  return items.filter(
    j => String(j.properties.jobType).toLowerCase() === wanted,
  );
}

/**
 * Jobs: list (filtered by `jobType`, `tag`, `listViewType`), get (status
 * projected from the job's timeline), submit or update (PUT), cancel and
 * delete (both long-running, answered 202 with a `Location` to poll).
 */
export function registerJobRoutes(router: Router, ctx: EmulatorContext) {
  registerArmCollection(router, ctx, {
    path: '/jobs',
    itemParam: 'id',
    type: ML_TYPES.job,
    noun: 'Job',
    present: job => presentJob(ctx.state, job, ctx.now()),
    select: (jobs, query) =>
      newestFirst(
        byTags(
          byJobType(byListView(jobs, query.listViewType), query.jobType),
          query.tag,
        ),
      ),
  });

  const requestedJobId = (arm: ArmCall, params: Record<string, string>) =>
    `${requestedWorkspaceId(arm, params)}/jobs/${params.id}`;

  /** Answers 202 with the `Location` of an operation on the job. */
  function accepted(
    res: Response,
    arm: ArmCall,
    workspace: ArmResource,
    job: ArmResource,
    fields: { doneMs: number; finalStatusCode: 200 | 204 },
  ) {
    const operation = startWorkspaceOperation(
      ctx,
      arm,
      {
        workspace,
        targetId: job.id,
        pollAction: `${ML_TYPES.job}/operationresults/read`,
      },
      fields,
    );
    setOperationHeaders(res, ctx, operation, arm.apiVersion, {
      location: true,
    });
    res.status(202).end();
  }

  function requireJob(workspace: ArmResource, name: string): ArmResource {
    const job = ctx.state.getResource(`${workspace.id}/jobs/${name}`);
    if (!job) throw mlNotFound('Job', name, workspace.name);
    return job;
  }

  function updateJob(
    arm: ArmCall,
    job: ArmResource,
    body: Record<string, any>,
  ) {
    if (body.properties.jobType !== job.properties.jobType) {
      throw mlUserError(
        `Job '${job.name}' is a ${job.properties.jobType} job; its jobType cannot change.`,
      );
    }
    const changes = Object.fromEntries(
      MUTABLE_JOB_FIELDS.filter(f => body.properties[f] !== undefined).map(
        f => [f, body.properties[f]],
      ),
    );
    return {
      ...job,
      properties: { ...job.properties, ...changes },
      systemData: modifiedBy(
        job.systemData,
        mlActorOf(ctx.state, arm.caller),
        ctx.now(),
      ),
    };
  }

  /** Stores a new job and the timeline it will run on: queued, then running. */
  function submitJob(
    arm: ArmCall,
    workspace: ArmResource,
    name: string,
    properties: Record<string, any>,
  ): ArmResource {
    const nowMs = ctx.now();
    const host = {
      workspace,
      tenantId: arm.subscription.tenantId,
      baseUrl: ctx.urls.https,
    };
    const job = ctx.state.putResource({
      id: `${workspace.id}/jobs/${name}`,
      name,
      type: ML_TYPES.job,
      properties: acceptJobProperties(ctx.state, host, name, properties),
      systemData: createdBy(mlActorOf(ctx.state, arm.caller), nowMs),
    });
    ctx.state.jobTimelines.set(
      job.id.toLowerCase(),
      submittedJobTimeline(ctx.state, name, job.properties, nowMs),
    );
    return job;
  }

  router.put(
    JOB,
    armHandler((req, res, arm) => {
      arm.authorize(`${ML_TYPES.job}/write`, requestedJobId(arm, req.params));
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      const body = requirePropertiesBody(req.body);
      const existing = ctx.state.getResource(
        `${workspace.id}/jobs/${req.params.id}`,
      );
      if (existing) {
        const updated = ctx.state.putResource(updateJob(arm, existing, body));
        res.json(presentJob(ctx.state, updated, ctx.now()));
        return;
      }
      const job = submitJob(arm, workspace, req.params.id, body.properties);
      res.status(201).json(presentJob(ctx.state, job, ctx.now()));
    }),
  );

  router.post(
    `${JOB}/cancel`,
    armHandler((req, res, arm) => {
      arm.authorize(
        `${ML_TYPES.job}/cancel/action`,
        requestedJobId(arm, req.params),
      );
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      const job = requireJob(workspace, req.params.id);
      const nowMs = ctx.now();
      const { doneMs, canceling } = requestJobCancel(ctx.state, job, nowMs);
      if (canceling) {
        const actor = mlActorOf(ctx.state, arm.caller);
        ctx.state.putResource({
          ...job,
          systemData: modifiedBy(job.systemData, actor, nowMs),
        });
      }
      accepted(res, arm, workspace, job, { doneMs, finalStatusCode: 200 });
    }),
  );

  router.delete(
    JOB,
    armHandler((req, res, arm) => {
      arm.authorize(`${ML_TYPES.job}/delete`, requestedJobId(arm, req.params));
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      const job = ctx.state.getResource(
        `${workspace.id}/jobs/${req.params.id}`,
      );
      if (!job) {
        res.status(204).end();
        return;
      }
      ctx.state.deleteResource(job.id);
      ctx.state.jobTimelines.delete(job.id.toLowerCase());
      accepted(res, arm, workspace, job, {
        doneMs: ctx.now() + OPERATION_DURATION_MS.delete,
        finalStatusCode: 204,
      });
    }),
  );
}
