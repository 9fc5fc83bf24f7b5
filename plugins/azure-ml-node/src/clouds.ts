/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The endpoints of one Azure cloud that the Azure ML plugins talk to: where
 * Entra ID signs in, where ARM and Microsoft Graph answer, the scopes tokens
 * are requested for, and where people open the portal and ML Studio.
 *
 * @public
 */
export type AzureCloudEndpoints = {
  /** Entra ID authority host, e.g. `https://login.microsoftonline.com`. */
  authorityHost: string;
  /** Azure Resource Manager endpoint, e.g. `https://management.azure.com`. */
  resourceManager: string;
  /** Scope of ARM tokens, e.g. `https://management.azure.com/.default`. */
  resourceManagerScope: string;
  /** Microsoft Graph endpoint, e.g. `https://graph.microsoft.com`. */
  graph: string;
  /** Scope of Microsoft Graph tokens, e.g. `https://graph.microsoft.com/.default`. */
  graphScope: string;
  /** Scope of Azure ML data-plane tokens (MLflow), e.g. `https://ml.azure.com/.default`. */
  machineLearningScope: string;
  /**
   * Host of the Azure ML data plane (MLflow tracking), e.g. `api.azureml.ms`;
   * workspaces' tracking URIs must name it or one of its regional subdomains
   * (`westeurope.api.azureml.ms`), so a workspace property can never send a
   * user's token elsewhere.
   */
  machineLearningDataPlaneHost: string;
  /** Azure portal, e.g. `https://portal.azure.com`. */
  portal: string;
  /** Azure Machine Learning studio, e.g. `https://ml.azure.com`. */
  machineLearningStudio: string;
};

/**
 * The names of the Azure clouds this package knows the endpoints of.
 *
 * @public
 */
export type AzureCloudName =
  | 'AzurePublicCloud'
  | 'AzureChinaCloud'
  | 'AzureUSGovernment';

/**
 * Endpoints of the global Azure cloud and the sovereign clouds, by name.
 *
 * @public
 */
export const azureClouds: Readonly<
  Record<AzureCloudName, Readonly<AzureCloudEndpoints>>
> = Object.freeze({
  AzurePublicCloud: Object.freeze({
    authorityHost: 'https://login.microsoftonline.com',
    resourceManager: 'https://management.azure.com',
    resourceManagerScope: 'https://management.azure.com/.default',
    graph: 'https://graph.microsoft.com',
    graphScope: 'https://graph.microsoft.com/.default',
    machineLearningScope: 'https://ml.azure.com/.default',
    machineLearningDataPlaneHost: 'api.azureml.ms',
    portal: 'https://portal.azure.com',
    machineLearningStudio: 'https://ml.azure.com',
  }),
  AzureChinaCloud: Object.freeze({
    authorityHost: 'https://login.chinacloudapi.cn',
    resourceManager: 'https://management.chinacloudapi.cn',
    resourceManagerScope: 'https://management.chinacloudapi.cn/.default',
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
    machineLearningScope: 'https://ml.azure.cn/.default',
    machineLearningDataPlaneHost: 'api.ml.azure.cn',
    portal: 'https://portal.azure.cn',
    machineLearningStudio: 'https://studio.ml.azure.cn',
  }),
  AzureUSGovernment: Object.freeze({
    authorityHost: 'https://login.microsoftonline.us',
    resourceManager: 'https://management.usgovcloudapi.net',
    resourceManagerScope: 'https://management.usgovcloudapi.net/.default',
    graph: 'https://graph.microsoft.us',
    graphScope: 'https://graph.microsoft.us/.default',
    machineLearningScope: 'https://ml.azure.us/.default',
    machineLearningDataPlaneHost: 'api.ml.azure.us',
    portal: 'https://portal.azure.us',
    machineLearningStudio: 'https://ml.azure.us',
  }),
});

/**
 * Whether a name is one of the known Azure clouds of {@link azureClouds}.
 *
 * @public
 */
export function isAzureCloudName(name: string): name is AzureCloudName {
  return Object.prototype.hasOwnProperty.call(azureClouds, name);
}
