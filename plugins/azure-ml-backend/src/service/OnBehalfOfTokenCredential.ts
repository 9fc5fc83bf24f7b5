/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Shared with the other Azure ML backend packages through -node.
export { OnBehalfOfTokenCredential } from '@azure-ml-backstage/plugin-azure-ml-node';
