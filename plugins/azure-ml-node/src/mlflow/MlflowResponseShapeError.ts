/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * An MLflow answer that does not have the shape of MLflow's REST API.
 *
 * @public
 */
export class MlflowResponseShapeError extends Error {
  constructor(what: string, path: string, expected: string) {
    super(
      `${what}: the MLflow tracking server answered with an unexpected body (${path} is not ${expected}).`,
    );
    this.name = 'MlflowResponseShapeError';
  }
}
