/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';

/**
 * The part of an Azure Machine Learning resource id (or resource reference)
 * that an {@link InvalidResourceIdError} is about. `id` means the id as a
 * whole: not a string, empty, a fixed segment such as `resourceGroups` that
 * is wrong, or segments missing or left over.
 *
 * @public
 */
export type ResourceIdSegment =
  | 'id'
  | 'subscriptionId'
  | 'resourceGroup'
  | 'provider'
  | 'resourceType'
  | 'workspaceName'
  | 'jobName'
  | 'modelName'
  | 'dataName'
  | 'environmentName'
  | 'version'
  | 'endpointName'
  | 'deploymentName'
  | 'computeName';

/**
 * Thrown when a string is not a valid Azure Machine Learning resource id, or
 * when a resource reference holds a value Azure does not allow in a name.
 *
 * @remarks
 *
 * It is an `InputError` (its `name` stays `InputError`), so Backstage's error
 * middleware answers it with HTTP 400. The message names the segment that is
 * wrong and why, for example
 * `Invalid Azure ML resource id: workspace name "a" is 1 characters long; it must be 3-33 characters`.
 *
 * @public
 */
export class InvalidResourceIdError extends InputError {
  /** The part of the id that is wrong. */
  readonly segment: ResourceIdSegment;
  /** Why it is wrong, the message without its `Invalid Azure ML resource id: ` prefix. */
  readonly reason: string;

  constructor(segment: ResourceIdSegment, reason: string) {
    super(`Invalid Azure ML resource id: ${reason}`);
    this.segment = segment;
    this.reason = reason;
  }
}
