/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';

export function createMlflowRouter(ctx: EmulatorContext): Router {
  void ctx;
  return Router();
}
