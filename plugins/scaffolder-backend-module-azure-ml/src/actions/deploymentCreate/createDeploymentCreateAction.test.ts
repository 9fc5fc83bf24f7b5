/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  RecordingLogger,
  VISION,
  useActionsTestHarness,
  workspaceEntity,
} from '../../__testUtils__/actionsTestHarness';
import {
  DEFECT_CLASSIFIER,
  DEFECT_CLASSIFIER_ENTITY_REF,
  ENDPOINT_ENTITIES,
  IRIS,
  SANDBOX,
} from '../../__testUtils__/onlineEndpointEntities';

const ID = 'azureml:deployment:create';
const DEPLOYMENTS =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments';

/** A deployment as the "Deploy a model (blue/green)" template creates it. */
const DEPLOYMENT = {
  workspace: VISION.id,
  endpoint: 'defect-classifier',
  name: 'canary',
  model: 'azureml:defect-classifier:3',
  instanceCount: 2,
  tags: { template: 'deploy-model-blue-green' },
};

describe('azureml:deployment:create', () => {
  const harness = useActionsTestHarness();
  const state = () => harness.emulator.ctx.state;
  const deploymentNames = (endpointId = DEFECT_CLASSIFIER) =>
    state()
      .listChildren(endpointId, DEPLOYMENTS)
      .map(d => d.name)
      .sort();
  const traffic = (endpointId = DEFECT_CLASSIFIER) =>
    state().getResource(endpointId)?.properties.traffic;
  const codeAssets = (workspaceId: string) =>
    state()
      .listChildren(
        workspaceId,
        'Microsoft.MachineLearningServices/workspaces/codes',
      )
      .map(c => c.name);
  const start = (options: { deny?: string[] } = {}) =>
    harness.start({ entities: ENDPOINT_ENTITIES, ...options });

  it('creates a deployment at 0% traffic as the user, waits until it is provisioned, and links to the endpoint', async () => {
    const backend = await start();
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      deploymentName: 'canary',
      deploymentId: `${DEFECT_CLASSIFIER}/deployments/canary`,
      endpointName: 'defect-classifier',
      provisioningState: 'Succeeded',
      studioUrl: expect.stringMatching(
        /\/endpoints\/realtime\/defect-classifier\/detail\?wsid=.*&tid=/,
      ),
      portalUrl:
        '/catalog/default/system/mlw-vision/azure-ml/endpoints/defect-classifier',
    });
    const created = state().getResource(
      `${DEFECT_CLASSIFIER}/deployments/canary`,
    )!;
    expect(created.systemData?.createdBy).toMatch(/bob/i);
    expect(created.location).toBe(
      state().getResource(DEFECT_CLASSIFIER)!.location,
    );
    expect(created.sku).toMatchObject({ name: 'Default', capacity: 2 });
    expect(created.tags).toEqual({ template: 'deploy-model-blue-green' });
    expect(created.properties).toMatchObject({
      endpointComputeType: 'Kubernetes',
      instanceType: 'defaultinstancetype',
      model: `${VISION.id}/models/defect-classifier/versions/3`,
      properties: {
        'backstage.io/task-id': 'task-0001',
        'backstage.io/initiated-by': 'user:default/bob',
      },
    });
    expect(created.properties.environmentId).toBeUndefined();
    expect(traffic()).toEqual({ blue: 90, green: 10 });
    expect(backend.permissionRequests).toEqual([
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'azureMl.endpoint.deployment.create',
        }),
        resourceRef: DEFECT_CLASSIFIER_ENTITY_REF,
      }),
    ]);
    const messages = run.logger.lines.map(l => l.message);
    expect(messages).toContain(
      'Deployment canary of online endpoint defect-classifier is Creating (after 0 s)',
    );
    expect(
      messages.some(m =>
        /^Deployment canary of online endpoint defect-classifier is Succeeded \(after \d+ s\)$/.test(
          m,
        ),
      ),
    ).toBe(true);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.action, e.outcome])).toEqual([
      ['endpoint.deployment.create', 'initiated'],
      ['endpoint.deployment.create', 'succeeded'],
    ]);
    expect(events[0]).toMatchObject({
      targetResourceId: `${DEFECT_CLASSIFIER}/deployments/canary`,
      workspaceId: VISION.id,
      actor: { userEntityRef: 'user:default/bob' },
      parameters: expect.objectContaining({
        endpointName: 'defect-classifier',
        deploymentName: 'canary',
        model: 'azureml:defect-classifier:3',
        instanceCount: 2,
        taskId: 'task-0001',
      }),
    });
    expect(events[1].correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events[1].requestId).toBe(events[0].requestId);
  }, 30_000);

  it('deploys a custom model on a managed endpoint with its environment, scoring script and code from storage', async () => {
    const backend = await start();
    const model = state()
      .listChildren(
        `${SANDBOX.id}/models/churn-baseline`,
        'Microsoft.MachineLearningServices/workspaces/models/versions',
      )
      .at(-1)!;
    const environment = state()
      .listChildren(
        SANDBOX.id,
        'Microsoft.MachineLearningServices/workspaces/environments',
      )
      .at(0)!;
    const run = await backend.run(
      ID,
      {
        workspace: 'system:default/mlw-sandbox',
        endpoint: 'iris',
        name: 'churn-v2',
        model: model.id,
        environment: `azureml:${environment.name}@latest`,
        codeConfiguration: {
          code: 'azureml://datastores/workspaceblobstore/paths/scoring/churn/',
          scoringScript: 'score.py',
        },
        instanceType: 'Standard_DS2_v2',
        environmentVariables: { MODEL_FLAVOR: 'lightgbm' },
        requestSettings: {
          requestTimeoutMs: 1500,
          maxConcurrentRequestsPerInstance: 4,
        },
        readinessProbe: { initialDelaySeconds: 20, failureThreshold: 5 },
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({
      deploymentId: `${IRIS}/deployments/churn-v2`,
      portalUrl: '/catalog/default/system/mlw-sandbox/azure-ml/endpoints/iris',
    });
    const created = state().getResource(`${IRIS}/deployments/churn-v2`)!;
    expect(created.properties).toMatchObject({
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS2_v2',
      model: model.id,
      environmentId: expect.stringMatching(
        new RegExp(`/environments/${environment.name}/versions/\\w+$`),
      ),
      codeConfiguration: {
        codeId: `${SANDBOX.id}/codes/iris-churn-v2-code/versions/1`,
        scoringScript: 'score.py',
      },
      environmentVariables: { MODEL_FLAVOR: 'lightgbm' },
      requestSettings: {
        requestTimeout: 'PT1.5S',
        maxConcurrentRequestsPerInstance: 4,
      },
      readinessProbe: { initialDelay: 'PT20S', failureThreshold: 5 },
    });
    expect(
      state().getResource(`${SANDBOX.id}/codes/iris-churn-v2-code/versions/1`)
        ?.properties.codeUri,
    ).toBe('azureml://datastores/workspaceblobstore/paths/scoring/churn/');
  }, 30_000);

  it.each([
    [
      'a deployment name with a space',
      { name: 'my canary' },
      'name: deployment name "my canary" contains whitespace',
    ],
    [
      'a model that is no model reference',
      { model: 'defect-classifier' },
      'model: must be a model version: azureml:<name>:<version>',
    ],
    [
      'a scoring script outside the code',
      {
        environment: 'azureml:onnx-inference:1',
        codeConfiguration: {
          code: 'azureml:x:1',
          scoringScript: '../score.py',
        },
      },
      'codeConfiguration.scoringScript: must be a relative path inside the code',
    ],
    [
      'no timeout',
      { timeoutMinutes: 0 },
      'timeoutMinutes: Number must be greater than 0',
    ],
    [
      'an unknown input key',
      { traffic: 10 },
      "Unrecognized key(s) in object: 'traffic'",
    ],
    [
      'an endpoint that does not exist',
      { endpoint: 'no-such-endpoint' },
      'There is no online endpoint no-such-endpoint in workspace mlw-vision',
    ],
    [
      'a model version that does not exist',
      { model: 'azureml:defect-classifier:99' },
      'There is no model defect-classifier version 99 in workspace mlw-vision',
    ],
    [
      'an environment that does not exist',
      { environment: 'azureml:no-such-env:1' },
      'There is no environment no-such-env version 1 in workspace mlw-vision',
    ],
    [
      'a custom model without its scoring script',
      {
        model: 'azureml:parts-detector:1',
        environment: 'azureml:onnx-inference:1',
      },
      'Model azureml:parts-detector:1 is a custom_model, which Azure ML serves only with an environment and a scoring script',
    ],
    [
      'a scoring script without an environment',
      { codeConfiguration: { code: 'azureml:x:1', scoringScript: 'score.py' } },
      'codeConfiguration needs an environment to run the scoring script in',
    ],
    [
      'a VM size on an endpoint on Kubernetes compute',
      { instanceType: 'Standard_DS3_v2' },
      "instanceType must be one of the cluster's instance types (lowercase, such as defaultinstancetype, the default), not the VM size Standard_DS3_v2",
    ],
  ])(
    'refuses %s in plain words, and creates nothing',
    async (_, change, problem) => {
      const backend = await start();
      const before = deploymentNames();
      const run = await backend.run(
        ID,
        { ...DEPLOYMENT, ...change },
        { token: await harness.token('bob') },
      );
      expect(run.error).toMatchObject({ name: 'InputError' });
      expect(run.error!.message).toContain(problem);
      expect(deploymentNames()).toEqual(before);
      expect(traffic()).toEqual({ blue: 90, green: 10 });
      expect(await backend.auditEvents()).toEqual([]);
    },
  );

  it('asks for the VM size on a managed endpoint', async () => {
    const backend = await start();
    const before = deploymentNames(IRIS);
    const model = state()
      .getResource(`${IRIS}/deployments/green`)!
      .properties.model.split('/');
    const run = await backend.run(
      ID,
      {
        workspace: SANDBOX.id,
        endpoint: 'iris',
        name: 'canary',
        model: `azureml:${model.at(-3)}:${model.at(-1)}`,
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toBe(
      'Online endpoint iris is a managed endpoint: give instanceType, the VM size of its instances, such as Standard_DS3_v2',
    );
    expect(deploymentNames(IRIS)).toEqual(before);
  });

  it('refuses a deployment name that is taken', async () => {
    const backend = await start();
    const run = await backend.run(
      ID,
      { ...DEPLOYMENT, name: 'green' },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'ConflictError' });
    expect(run.error!.message).toBe(
      'Online endpoint defect-classifier has a deployment green already (10% of its traffic); give the new deployment another name',
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
  });

  it('stops when the Backstage permission policy denies it, and creates nothing', async () => {
    const backend = await start({
      deny: ['azureMl.endpoint.deployment.create'],
    });
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
    });
    expect(run.error!.message).toBe(
      `Backstage permission policy denied 'azureMl.endpoint.deployment.create' (create) on ${DEFECT_CLASSIFIER_ENTITY_REF}; ask a Backstage administrator for access`,
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
    expect(await backend.auditEvents()).toMatchObject([
      {
        action: 'endpoint.deployment.create',
        outcome: 'denied',
        deniedBy: 'backstage',
      },
    ]);
  });

  it('refuses an endpoint without a catalog entity (fail closed), and creates nothing', async () => {
    const backend = await harness.start({
      entities: [workspaceEntity('mlw-vision', VISION.id)],
    });
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
    });
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toBe(
      `Backstage permission policy cannot authorize this change: the online endpoint ${DEFECT_CLASSIFIER} has no catalog entity (annotation ml.azure.com/resource-id), so no owner is known; register it in the catalog first`,
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
  });

  it('passes on Azure’s refusal of a Reader, naming the action and scope, and creates nothing', async () => {
    const backend = await start();
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('carol'),
      user: 'user:default/carol',
    });
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/onlineEndpoints\/deployments\/write' on scope '\/subscriptions\/.*\/onlineEndpoints\/defect-classifier\/deployments\/canary': Create deployment canary on online endpoint defect-classifier needs a role assignment that grants this action; ask an owner of the scope for access \(AuthorizationFailed, correlation id [0-9a-f-]+\)$/,
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.deniedBy, e.errorCode])).toEqual([
      ['initiated', undefined, undefined],
      ['denied', 'azure', 'AuthorizationFailed'],
    ]);
  });

  it('does nothing in Azure when the audit log cannot be written (fail closed)', async () => {
    const backend = await harness.start({
      entities: ENDPOINT_ENTITIES,
      withoutAuditLog: true,
    });
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
    });
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toMatch(
      /^The Azure ML audit log cannot be written, so nothing was done in Azure/,
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
  });

  it('deletes the deployment, and the code it registered, when Azure fails while it waits', async () => {
    const backend = await start();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Azure accepted deployment /, () =>
        Object.assign(faults, { serviceUnavailableRate: 1 }),
      )
      .when(/^Removing /, () =>
        Object.assign(faults, { serviceUnavailableRate: 0 }),
      );
    const run = await backend.run(
      ID,
      {
        ...DEPLOYMENT,
        environment: 'azureml:onnx-inference:1',
        codeConfiguration: {
          code: 'azureml://datastores/workspaceblobstore/paths/scoring/defects/',
          scoringScript: 'score.py',
        },
      },
      { token: await harness.token('bob'), logger },
    );
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toMatch(
      /^Read deployment canary of online endpoint defect-classifier failed: /,
    );
    expect(run.error!.message).toMatch(
      /Removed what this step had created: deployment canary of online endpoint defect-classifier, code asset defect-classifier-canary-code version 1, code asset defect-classifier-canary-code\.$/,
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
    expect(codeAssets(VISION.id)).not.toContain(
      'defect-classifier-canary-code',
    );
    expect(traffic()).toEqual({ blue: 90, green: 10 });
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'failed']);
  }, 60_000);

  it('says nothing was made when Azure fails the create itself', async () => {
    const backend = await start();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Creating deployment /, () =>
        Object.assign(faults, { serverErrorRate: 1 }),
      )
      .when(/^Removing /, () => Object.assign(faults, { serverErrorRate: 0 }));
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error!.message).toMatch(
      /^Create deployment canary on online endpoint defect-classifier failed: Azure answered 500 InternalServerError/,
    );
    expect(run.error!.message).not.toContain('Removed');
    expect(run.logger.lines.map(l => l.message)).toContain(
      'deployment canary of online endpoint defect-classifier is not there; nothing to remove',
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
  }, 60_000);

  it('deletes a deployment whose provisioning fails', async () => {
    const backend = await start();
    const logger = new RecordingLogger().when(
      /^Azure accepted deployment /,
      () => {
        // Azure ML ends the provisioning Failed, e.g. when the image does not start.
        state().getResource(
          `${DEFECT_CLASSIFIER}/deployments/canary`,
        )!.properties.provisioningState = 'Failed';
      },
    );
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error).toMatchObject({ name: 'ProvisioningFailedError' });
    expect(run.error!.message).toBe(
      'Deployment canary of online endpoint defect-classifier ended Failed instead of Succeeded. Removed what this step had created: deployment canary of online endpoint defect-classifier.',
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
  }, 30_000);

  it('gives up with a clear message when provisioning takes longer than timeoutMinutes, and deletes the deployment', async () => {
    const backend = await start();
    const { ctx } = harness.emulator;
    const realNow = ctx.now;
    const logger = new RecordingLogger()
      .when(/^Azure accepted deployment /, () => {
        // Azure keeps provisioning, e.g. while it pulls a large image.
        const frozen = realNow();
        ctx.now = () => frozen;
      })
      .when(/^Removing /, () => {
        ctx.now = realNow;
      });
    try {
      const run = await backend.run(
        ID,
        { ...DEPLOYMENT, timeoutMinutes: 0.02 },
        { token: await harness.token('bob'), logger },
      );
      expect(run.error).toMatchObject({ name: 'OperationTimeoutError' });
      expect(run.error!.message).toMatch(
        /^Deployment canary of online endpoint defect-classifier was still Creating after 1 s, and the action waits 1 s; a deployment takes minutes, longer with an image to build or a large model; raise timeoutMinutes for one that needs more time\. Removed what this step had created: deployment canary of online endpoint defect-classifier\.$/,
      );
      expect(deploymentNames()).toEqual(['blue', 'green']);
      const events = await backend.auditEvents();
      expect(events.map(e => [e.outcome, e.errorCode])).toEqual([
        ['initiated', undefined],
        ['failed', 'OperationTimeoutError'],
      ]);
    } finally {
      ctx.now = realNow;
    }
  }, 30_000);

  it('checks everything in a dry run, and writes nothing', async () => {
    const backend = await start();
    const run = await backend.run(ID, DEPLOYMENT, {
      token: await harness.token('bob'),
      isDryRun: true,
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({
      deploymentName: 'canary',
      provisioningState: 'NotStarted',
      portalUrl:
        '/catalog/default/system/mlw-vision/azure-ml/endpoints/defect-classifier',
    });
    expect(run.logger.lines.map(l => l.message)).toContain(
      'Dry run: would create deployment canary of model azureml:defect-classifier:3 (2 × defaultinstancetype) on online endpoint defect-classifier in workspace mlw-vision, at 0% of its traffic; nothing was written',
    );
    expect(deploymentNames()).toEqual(['blue', 'green']);
    expect(await backend.auditEvents()).toEqual([]);
  });

  it('refuses in a dry run what the real run would refuse', async () => {
    const backend = await start();
    const run = await backend.run(
      ID,
      { ...DEPLOYMENT, name: 'blue' },
      { token: await harness.token('bob'), isDryRun: true },
    );
    expect(run.error).toMatchObject({ name: 'ConflictError' });
    expect(deploymentNames()).toEqual(['blue', 'green']);
  });
});
