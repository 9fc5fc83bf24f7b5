/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The Azure Machine Learning REST API version the plugins pin, the one the
 * emulator's fixtures come from; the SDK's own default (2022-10-01) is older.
 *
 * @public
 */
export const AZURE_ML_API_VERSION = '2024-10-01';
