/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The prefix every Azure Machine Learning annotation key starts with, in the
 * way the Azure DevOps plugins use `dev.azure.com/`.
 *
 * @public
 */
export const AZURE_ML_ANNOTATION_PREFIX = 'ml.azure.com/';

/**
 * Annotation holding the Azure Resource Manager id of the Azure Machine
 * Learning asset an entity stands for (a workspace, model, online endpoint,
 * data asset or compute), as parsed by `parseWorkspaceId` or
 * `parseWorkspaceChildId`.
 *
 * @public
 */
export const AZURE_ML_RESOURCE_ID_ANNOTATION = 'ml.azure.com/resource-id';

/**
 * Annotation holding the Azure Resource Manager id of the Azure Machine
 * Learning workspace an entity belongs to or links to, for example a
 * component whose experiments run in that workspace.
 *
 * @public
 */
export const AZURE_ML_WORKSPACE_ID_ANNOTATION = 'ml.azure.com/workspace-id';

/**
 * Annotation holding the Microsoft Entra tenant id (a GUID) of the workspace,
 * so that calls for the entity go to that tenant.
 *
 * @public
 */
export const AZURE_ML_TENANT_ID_ANNOTATION = 'ml.azure.com/tenant-id';

/**
 * Annotation holding the name of an Azure Machine Learning experiment in the
 * workspace named by {@link AZURE_ML_WORKSPACE_ID_ANNOTATION}.
 *
 * @public
 */
export const AZURE_ML_EXPERIMENT_ANNOTATION = 'ml.azure.com/experiment';

/**
 * Annotation holding the name of a registered model (model container) in the
 * workspace named by {@link AZURE_ML_WORKSPACE_ID_ANNOTATION}.
 *
 * @public
 */
export const AZURE_ML_MODEL_ANNOTATION = 'ml.azure.com/model';

/**
 * Annotation holding the name of an online endpoint in the workspace named by
 * {@link AZURE_ML_WORKSPACE_ID_ANNOTATION}.
 *
 * @public
 */
export const AZURE_ML_ENDPOINT_ANNOTATION = 'ml.azure.com/endpoint';

/**
 * Annotation holding the Azure Machine Learning studio URL of the asset, for
 * links from the entity page.
 *
 * @public
 */
export const AZURE_ML_STUDIO_URL_ANNOTATION = 'ml.azure.com/studio-url';

/**
 * Annotation holding the Azure portal URL of the asset, for links from the
 * entity page.
 *
 * @public
 */
export const AZURE_ML_PORTAL_URL_ANNOTATION = 'ml.azure.com/portal-url';
