/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';

/** Microsoft.MachineLearningServices routes, below `/subscriptions/{id}`. */
export function createMlRouter(ctx: EmulatorContext): Router {
  void ctx;
  return Router({ mergeParams: true });
}
