/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The Azure Machine Learning REST API version the provider reads with; the
 * same the backend plugin pins (the SDK's own default, 2022-10-01, is older).
 *
 * @public
 */
export const AZURE_ML_CATALOG_API_VERSION = '2024-10-01';

/**
 * Annotation on a model Resource: the model's latest version.
 *
 * @public
 */
export const AZURE_ML_LATEST_VERSION_ANNOTATION = 'ml.azure.com/latest-version';

/**
 * Annotation on a model Resource: how many versions the model has.
 *
 * @public
 */
export const AZURE_ML_VERSION_COUNT_ANNOTATION = 'ml.azure.com/version-count';

/**
 * Annotation on an endpoint Component and its API: the scoring URI.
 *
 * @public
 */
export const AZURE_ML_SCORING_URI_ANNOTATION = 'ml.azure.com/scoring-uri';

/**
 * Tag of an Azure ML data asset, model or environment (on its container)
 * naming its owner as an entity ref, e.g. `group:default/team-vision` (a
 * bare name is a group); it overrides the owner of the asset's workspace.
 * Kinds other than `group` and `user` are ignored.
 *
 * @public
 */
export const AZURE_ML_ASSET_OWNER_TAG = 'owner';
