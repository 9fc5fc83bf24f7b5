/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Every status Azure Machine Learning reports for a job, in the order a job
 * usually passes through them (the `JobStatus` enum of the stable REST API).
 *
 * @public
 */
export const azureMlJobStatuses = [
  'NotStarted',
  'Starting',
  'Provisioning',
  'Preparing',
  'Queued',
  'Running',
  'Finalizing',
  'CancelRequested',
  'Completed',
  'Failed',
  'Canceled',
  'NotResponding',
  'Paused',
  'Unknown',
] as const;

/**
 * The status of an Azure Machine Learning job. A status the API reports that
 * is not in this list is shown as `Unknown`.
 *
 * @public
 */
export type AzureMlJobStatus = (typeof azureMlJobStatuses)[number];

/**
 * The kinds of job the plugins show: a single command, a hyperparameter
 * sweep, or a pipeline of steps.
 *
 * @public
 */
export type AzureMlJobType = 'Command' | 'Sweep' | 'Pipeline';

/**
 * An Azure Machine Learning workspace.
 *
 * @public
 */
export interface AzureMlWorkspace {
  /** The workspace's Azure Resource Manager id. */
  id: string;
  /** The workspace name, the last segment of its id. */
  name: string;
  /** The friendly name set on the workspace, or its name when none is set. */
  displayName: string;
  /** The subscription that holds the workspace. */
  subscriptionId: string;
  /** The resource group that holds the workspace. */
  resourceGroup: string;
  /** The Microsoft Entra tenant of the workspace; calls for it go to this tenant. */
  tenantId: string;
  /** The Azure region, for example `westeurope`. */
  location: string;
  /** The workspace's Azure tags. */
  tags: Record<string, string>;
  /** The MLflow tracking URI of the workspace, where runs and metrics live. */
  mlflowTrackingUri: string;
  /** The workspace's page in Azure Machine Learning studio. */
  studioUrl: string;
}

/**
 * One input or output of a job.
 *
 * @public
 */
export interface AzureMlJobIo {
  /** The Azure type of the binding, for example `uri_folder`, `mltable`, `mlflow_model` or `literal`. */
  type: string;
  /** Where the data is: an `azureml:` asset reference, a datastore path or a URL; absent for literals. */
  uri?: string;
  /** The value of a literal input. */
  value?: string;
  /** How the job sees the data, for example `ro_mount` or `download`. */
  mode?: string;
}

/**
 * An Azure Machine Learning job (a run, in MLflow's words).
 *
 * @public
 */
export interface AzureMlJob {
  /** The job's Azure Resource Manager id. */
  id: string;
  /** The job name, unique in its workspace. */
  name: string;
  /** The display name set on the job, or its name when none is set. */
  displayName: string;
  /** The experiment the job belongs to. */
  experimentName: string;
  /** Whether the job is a command, a sweep or a pipeline. */
  jobType: AzureMlJobType;
  /** The job's current status. */
  status: AzureMlJobStatus;
  /** The Azure Resource Manager id of the compute the job runs on; absent for serverless jobs. */
  computeId?: string;
  /** Who submitted the job, as Azure records it (a user principal name or an application id). */
  submittedBy: string;
  /** When the job was created, as an ISO 8601 timestamp. */
  createdAt: string;
  /** When the job started running, as an ISO 8601 timestamp; absent until it starts. */
  startedAt?: string;
  /** When the job reached a terminal status, as an ISO 8601 timestamp; absent until then. */
  endedAt?: string;
  /** The job's tags. */
  tags: Record<string, string>;
  /** The parameters the job logged to MLflow, as MLflow stores them (strings). */
  parameters: Record<string, string>;
  /** The job's inputs, by input name. */
  inputs: Record<string, AzureMlJobIo>;
  /** The job's outputs, by output name. */
  outputs: Record<string, AzureMlJobIo>;
  /** The job's page in Azure Machine Learning studio. */
  studioUrl: string;
}

/**
 * One logged value of a metric.
 *
 * @public
 */
export interface MetricPoint {
  /** The training step the value was logged at. */
  step: number;
  /** When the value was logged, in milliseconds since the Unix epoch, as MLflow records it. */
  timestamp: number;
  /** The logged value. */
  value: number;
}

/**
 * The history of one metric of a job.
 *
 * @public
 */
export interface MetricSeries {
  /** The metric name, for example `loss`. */
  key: string;
  /** The points, in step order. */
  points: MetricPoint[];
  /** How many points the job logged for this metric. */
  totalPoints: number;
  /** Whether `points` holds fewer points than `totalPoints`, thinned out for display. */
  downsampled: boolean;
}

/**
 * A registered model, the container of its versions.
 *
 * @public
 */
export interface AzureMlModelContainer {
  /** The model's Azure Resource Manager id. */
  id: string;
  /** The model name, unique in its workspace. */
  name: string;
  /** The model's description, if it has one. */
  description?: string;
  /** The model's tags. */
  tags: Record<string, string>;
  /** The newest version, if any version is registered. */
  latestVersion?: string;
  /** The model's page in Azure Machine Learning studio. */
  studioUrl: string;
}

/**
 * One version of a registered model.
 *
 * @public
 */
export interface AzureMlModelVersion {
  /** The model version's Azure Resource Manager id. */
  id: string;
  /** The model name. */
  name: string;
  /** The version. */
  version: string;
  /** The model format, for example `mlflow_model`, `custom_model` or `triton_model`. */
  modelType: string;
  /** Where the model's files are. */
  modelUri: string;
  /** The version's description, if it has one. */
  description?: string;
  /** The version's tags. */
  tags: Record<string, string>;
  /** The name of the job that produced the model, when it came from a job in the same workspace (its lineage). */
  jobName?: string;
  /** When the version was registered, as an ISO 8601 timestamp. */
  createdAt: string;
  /** The version's page in Azure Machine Learning studio. */
  studioUrl: string;
}

/**
 * The provisioning state Azure reports for an online endpoint.
 *
 * @public
 */
export type AzureMlEndpointProvisioningState =
  | 'Creating'
  | 'Deleting'
  | 'Succeeded'
  | 'Failed'
  | 'Updating'
  | 'Canceled';

/**
 * The provisioning state Azure reports for an online deployment.
 *
 * @public
 */
export type AzureMlDeploymentProvisioningState =
  | 'Creating'
  | 'Deleting'
  | 'Scaling'
  | 'Updating'
  | 'Succeeded'
  | 'Failed'
  | 'Canceled';

/**
 * A deployment behind an online endpoint: one model served on a set of
 * instances.
 *
 * @public
 */
export interface AzureMlOnlineDeployment {
  /** The deployment's Azure Resource Manager id. */
  id: string;
  /** The deployment name, unique within its endpoint. */
  name: string;
  /** The endpoint the deployment belongs to. */
  endpointName: string;
  /** The VM size of the instances, for example `Standard_DS3_v2`. */
  instanceType: string;
  /** How many instances serve the deployment. */
  instanceCount: number;
  /** The model served, as the Azure Resource Manager id (or registry asset id) of a model version. */
  model: string;
  /** The deployment's provisioning state. */
  provisioningState: AzureMlDeploymentProvisioningState;
}

/**
 * An Azure Machine Learning online endpoint with its deployments.
 *
 * @public
 */
export interface AzureMlOnlineEndpoint {
  /** The endpoint's Azure Resource Manager id. */
  id: string;
  /** The endpoint name, unique in its Azure region. */
  name: string;
  /** The endpoint's description, if it has one. */
  description?: string;
  /** How callers authenticate, for example `Key`, `AMLToken` or `AADToken`. */
  authMode: string;
  /** The URI that scores requests. */
  scoringUri: string;
  /** The endpoint's provisioning state. */
  provisioningState: AzureMlEndpointProvisioningState;
  /** The percentage of traffic each deployment receives, by deployment name; the values add up to 0 or 100. */
  traffic: Record<string, number>;
  /** The endpoint's deployments. */
  deployments: AzureMlOnlineDeployment[];
  /** The endpoint's Azure tags. */
  tags: Record<string, string>;
  /** The endpoint's page in Azure Machine Learning studio. */
  studioUrl: string;
}

/**
 * One version of an Azure Machine Learning data asset.
 *
 * @public
 */
export interface AzureMlDataAsset {
  /** The data asset version's Azure Resource Manager id. */
  id: string;
  /** The data asset name. */
  name: string;
  /** The version. */
  version: string;
  /** The kind of data: `uri_file`, `uri_folder` or `mltable`. */
  dataType: string;
  /** Where the data is. */
  dataUri: string;
  /** The version's description, if it has one. */
  description?: string;
  /** The version's tags. */
  tags: Record<string, string>;
  /** When the version was registered, as an ISO 8601 timestamp. */
  createdAt: string;
  /** The data asset's page in Azure Machine Learning studio. */
  studioUrl: string;
}

/**
 * One version of an environment of a workspace: the Docker image (and
 * conda file) a job runs in.
 *
 * @remarks
 *
 * Jobs refer to it as `azureml:<name>:<version>`.
 *
 * @public
 */
export interface AzureMlEnvironment {
  /** The environment version's Azure Resource Manager id. */
  id: string;
  /** The environment name. */
  name: string;
  /** The version. */
  version: string;
  /** The Docker image, when the environment is built from one (not from a build context). */
  image?: string;
  /** The conda specification (YAML) layered on top of the image, if it has one. */
  condaFile?: string;
  /** The version's description, if it has one. */
  description?: string;
  /** The version's tags. */
  tags: Record<string, string>;
  /** When the version was registered, as an ISO 8601 timestamp, when Azure records it. */
  createdAt?: string;
  /** The environment version's page in Azure Machine Learning studio. */
  studioUrl?: string;
}

/**
 * A compute target of an Azure Machine Learning workspace.
 *
 * @public
 */
export interface AzureMlCompute {
  /** The compute's Azure Resource Manager id. */
  id: string;
  /** The compute name, unique in its workspace. */
  name: string;
  /** The kind of compute, for example `AmlCompute`, `ComputeInstance` or `Kubernetes`. */
  computeType: string;
  /** The Azure region. */
  location: string;
  /** The compute's provisioning state, for example `Succeeded`. */
  provisioningState: string;
  /** The VM size, when the compute has one. */
  vmSize?: string;
  /** The fewest nodes a cluster scales down to. */
  minNodeCount?: number;
  /** The most nodes a cluster scales up to. */
  maxNodeCount?: number;
  /** How many nodes a cluster has now. */
  currentNodeCount?: number;
  /** The compute's Azure tags. */
  tags: Record<string, string>;
}

/**
 * How the portal reaches Azure for a caller.
 *
 * @remarks
 *
 * `delegated` exchanges the signed-in user's token on behalf of the user;
 * the others are the portal's own identity: workload identity federation,
 * managed identity, a client assertion (certificate), or a client secret,
 * the last resort.
 *
 * @public
 */
export type AzureMlIdentityMode =
  | 'delegated'
  | 'workload-identity'
  | 'managed-identity'
  | 'client-assertion'
  | 'client-secret';

/**
 * Which identity a call to Azure is made as, for showing to the user. It
 * describes the token and never carries it.
 *
 * @public
 */
export interface IdentityContext {
  /** The Microsoft Entra tenant the token was issued by. */
  tenantId: string;
  /** The object id of the user or service principal the token stands for. */
  objectId: string;
  /** How the token was obtained. */
  identityMode: AzureMlIdentityMode;
  /** The audience the token is for, for example `https://management.azure.com`. */
  audience: string;
  /** The scopes granted. */
  scopes: string[];
  /** When the token expires, as an ISO 8601 timestamp. */
  expiresAt: string;
}

/**
 * Why an action was refused, and by which of the two locks: Backstage
 * permissions or Azure role-based access control.
 *
 * @public
 */
export interface AccessDenial {
  /** Which lock refused: the Backstage permission policy or Azure RBAC. */
  side: 'backstage' | 'azure';
  /**
   * What was attempted: for Azure the RBAC action, for example
   * `Microsoft.MachineLearningServices/workspaces/jobs/write`; for Backstage
   * the permission's action, for example `update`.
   */
  action: string;
  /** Where it was refused: for Azure the ARM scope; for Backstage the entity reference, for resource permissions. */
  scope?: string;
  /** The Backstage permission name that was denied, for example `azureMl.job.cancel`. */
  permission?: string;
  /** What happened and how to get access, in words a user can act on. */
  message: string;
}

/**
 * One page of a list.
 *
 * @public
 */
export interface Page<T> {
  /** The items on this page. */
  items: T[];
  /** Pass this to get the next page; absent on the last page. */
  nextPageToken?: string;
}

/**
 * Filters of the job list. Every filter that is set must match.
 *
 * @public
 */
export interface AzureMlJobFilter {
  /** Only jobs in one of these statuses. */
  status?: AzureMlJobStatus[];
  /** Only jobs of this experiment. */
  experimentName?: string;
  /** Only jobs of this type. */
  jobType?: AzureMlJobType;
  /** Only jobs submitted by this principal, as Azure records it (`submittedBy`), compared case-insensitively. */
  submittedBy?: string;
}

/**
 * A subscription whose workspaces could not be listed for the caller, and why.
 *
 * @public
 */
export interface UnavailableSubscription {
  /** The subscription. */
  subscriptionId: string;
  /** The tenant the subscription belongs to. */
  tenantId: string;
  /** The HTTP status the portal answers for it, for example 403 or 503. */
  status: number;
  /** What went wrong and what to do about it. */
  message: string;
}

/**
 * The workspaces the caller can see across the configured subscriptions.
 *
 * @public
 */
export interface AzureMlWorkspaceList {
  /** The workspaces, by subscription in configured order, then by name. */
  items: AzureMlWorkspace[];
  /** Subscriptions that could not be listed; the others are still listed. */
  unavailable: UnavailableSubscription[];
}

/**
 * The metric histories of one job.
 *
 * @public
 */
export interface AzureMlJobMetrics {
  /** The job. */
  jobName: string;
  /** The most points any series holds; longer histories are downsampled to it. */
  maxPoints: number;
  /** One series per metric, by metric name. */
  series: MetricSeries[];
}

/**
 * An online endpoint as listed: everything but its deployments.
 *
 * @public
 */
export type AzureMlOnlineEndpointSummary = Omit<
  AzureMlOnlineEndpoint,
  'deployments'
>;

/**
 * A model version with the job that produced it, when Azure records one.
 *
 * @public
 */
export interface AzureMlModelVersionDetail extends AzureMlModelVersion {
  /** The job named by `jobName`, when it is still in the workspace. */
  job?: AzureMlJob;
}

/**
 * The body of a traffic update: the percentage of traffic each deployment of
 * the endpoint gets. Whole numbers from 0 to 100 that add up to 100; every
 * deployment named must exist, and deployments left out get 0.
 *
 * @public
 */
export interface AzureMlEndpointTrafficUpdate {
  /** Percentage by deployment name. */
  traffic: Record<string, number>;
}

/**
 * The request header that carries the signed-in user's Entra access token for
 * the portal's API, as `Bearer <token>` (compare the Kubernetes plugin's
 * `Backstage-Kubernetes-Authorization-aks`). Backstage's own credentials stay
 * in `Authorization`.
 *
 * @public
 */
export const AZURE_ML_AUTHORIZATION_HEADER = 'x-azure-ml-authorization';
