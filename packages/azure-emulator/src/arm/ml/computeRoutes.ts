/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import { registerArmCollection } from './armCollection';
import { presentCompute } from './computeStatus';
import { ML_TYPES } from './mlIds';

/** Computes (AmlCompute clusters, compute instances): list and get. */
export function registerComputeRoutes(router: Router, ctx: EmulatorContext) {
  registerArmCollection(router, ctx, {
    path: '/computes',
    itemParam: 'computeName',
    type: ML_TYPES.compute,
    noun: 'Compute',
    present: compute => presentCompute(ctx.state, compute, ctx.now()),
  });
}
