/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';

export function createActivityLogRouter(ctx: EmulatorContext): Router {
  void ctx;
  return Router({ mergeParams: true });
}
