/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The name of the software template task secret that carries the user's
 * Entra access token for the portal's API: the Azure ML form field extension
 * puts it there (as the repository picker does for git hosts), and the Azure
 * ML template actions exchange it on-behalf-of the user, so every Azure call
 * of a template is made as the user who runs it.
 *
 * @public
 */
export const AZURE_ML_USER_TOKEN_SECRET = 'azureMlUserToken';
