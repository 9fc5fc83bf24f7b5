/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { createAzureMlActions } from './createAzureMlActions';
export { JOB_SUBMIT_ACTION_ID } from './jobSubmit/createJobSubmitAction';
export { DATA_REGISTER_ACTION_ID } from './dataRegister/createDataRegisterAction';
export { MODEL_REGISTER_ACTION_ID } from './modelRegister/createModelRegisterAction';
export { ENVIRONMENT_CREATE_ACTION_ID } from './environmentCreate/createEnvironmentCreateAction';
export { IDENTITY_FEDERATE_ACTION_ID } from './identityFederate/createIdentityFederateAction';
export { DEPLOYMENT_CREATE_ACTION_ID } from './deploymentCreate/createDeploymentCreateAction';
export { ENDPOINT_TRAFFIC_UPDATE_ACTION_ID } from './endpointTrafficUpdate/createEndpointTrafficUpdateAction';
