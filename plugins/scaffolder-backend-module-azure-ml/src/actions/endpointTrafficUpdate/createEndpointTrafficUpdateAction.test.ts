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
} from '../../__testUtils__/onlineEndpointEntities';

const ID = 'azureml:endpoint:traffic:update';
const BLUE_GREEN = { blue: 90, green: 10 };

/** The step of the "Deploy a model (blue/green)" template. */
const SHIFT = {
  workspace: VISION.id,
  endpoint: 'defect-classifier',
  deployment: 'green',
  share: 50,
};

describe('azureml:endpoint:traffic:update', () => {
  const harness = useActionsTestHarness();
  const state = () => harness.emulator.ctx.state;
  const traffic = () =>
    state().getResource(DEFECT_CLASSIFIER)?.properties.traffic;
  const start = (options: { deny?: string[] } = {}) =>
    harness.start({ entities: ENDPOINT_ENTITIES, ...options });

  /** A third deployment on the endpoint, taking no traffic, as the deployment action leaves one. */
  function addIdleDeployment(name: string) {
    const green = state().getResource(
      `${DEFECT_CLASSIFIER}/deployments/green`,
    )!;
    state().putResource({
      ...green,
      id: `${DEFECT_CLASSIFIER}/deployments/${name}`,
      name,
    });
  }

  it('gives a deployment its share as the user, scales the others, and outputs the split Azure reports', async () => {
    const backend = await start();
    const run = await backend.run(ID, SHIFT, {
      token: await harness.token('bob'),
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      traffic: { blue: 50, green: 50 },
      previousTraffic: BLUE_GREEN,
    });
    expect(traffic()).toEqual({ blue: 50, green: 50 });
    expect(
      state().getResource(DEFECT_CLASSIFIER)?.systemData?.lastModifiedBy,
    ).toMatch(/bob/i);
    expect(backend.permissionRequests).toEqual([
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'azureMl.endpoint.traffic.update',
        }),
        resourceRef: DEFECT_CLASSIFIER_ENTITY_REF,
      }),
    ]);
    const messages = run.logger.lines.map(l => l.message);
    expect(messages).toContain(
      'Online endpoint defect-classifier is Updating (after 0 s)',
    );
    expect(messages).toContain(
      'Online endpoint defect-classifier now splits its traffic blue 50%, green 50%',
    );
    const events = await backend.auditEvents();
    expect(events.map(e => [e.action, e.outcome])).toEqual([
      ['endpoint.traffic.update', 'initiated'],
      ['endpoint.traffic.update', 'succeeded'],
    ]);
    expect(events[0]).toMatchObject({
      targetResourceId: DEFECT_CLASSIFIER,
      workspaceId: VISION.id,
      actor: { userEntityRef: 'user:default/bob' },
      parameters: expect.objectContaining({
        endpointName: 'defect-classifier',
        deployment: 'green',
        share: 50,
        previousTraffic: BLUE_GREEN,
      }),
    });
    expect(events[1].correlationId).toMatch(/^[0-9a-f-]{36}$/);
  }, 30_000);

  it('moves a share to a new deployment at 0%, the others keeping the rest in proportion', async () => {
    addIdleDeployment('canary');
    const backend = await start();
    const run = await backend.run(
      ID,
      { ...SHIFT, deployment: 'canary', share: 33 },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs.traffic).toEqual({ blue: 60, green: 7, canary: 33 });
    expect(traffic()).toEqual({ blue: 60, green: 7, canary: 33 });
  }, 30_000);

  it('sets a whole split, by the endpoint’s entity ref workspace', async () => {
    const backend = await start();
    const run = await backend.run(
      ID,
      {
        workspace: 'system:default/mlw-vision',
        endpoint: 'defect-classifier',
        traffic: { green: 100 },
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      traffic: { blue: 0, green: 100 },
      previousTraffic: BLUE_GREEN,
    });
    expect(traffic()).toEqual({ blue: 0, green: 100 });
  }, 30_000);

  it.each([
    [
      'both a share and a split',
      { traffic: { blue: 100 } },
      'input: give either deployment and share, or traffic, not both',
    ],
    [
      'neither a share nor a split',
      { deployment: undefined, share: undefined },
      'input: give deployment and share, or traffic',
    ],
    [
      'a deployment without its share',
      { share: undefined },
      'share: deployment needs its share, 0 to 100',
    ],
    [
      'a share over 100',
      { share: 101 },
      'share: Number must be less than or equal to 100',
    ],
    [
      'a share that is no whole percentage',
      { share: 12.5 },
      'share: Expected integer, received float',
    ],
    [
      'a split that does not add up to 100',
      {
        deployment: undefined,
        share: undefined,
        traffic: { blue: 50, green: 40 },
      },
      'traffic: the shares add up to 90, but must add up to 100',
    ],
    [
      'a deployment the endpoint does not have',
      { deployment: 'red' },
      'Online endpoint defect-classifier has no deployment red (it has: blue, green)',
    ],
    [
      'an endpoint that does not exist',
      { endpoint: 'no-such-endpoint' },
      'There is no online endpoint no-such-endpoint in workspace mlw-vision',
    ],
  ])(
    'refuses %s in plain words, and changes nothing',
    async (_, change, problem) => {
      const backend = await start();
      const run = await backend.run(
        ID,
        { ...SHIFT, ...change },
        { token: await harness.token('bob') },
      );
      expect(run.error).toMatchObject({ name: 'InputError' });
      expect(run.error!.message).toContain(problem);
      expect(traffic()).toEqual(BLUE_GREEN);
      expect(await backend.auditEvents()).toEqual([]);
    },
  );

  it('writes nothing when the endpoint splits its traffic so already', async () => {
    const backend = await start();
    const run = await backend.run(
      ID,
      { ...SHIFT, share: 10 },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      traffic: BLUE_GREEN,
      previousTraffic: BLUE_GREEN,
    });
    expect(await backend.auditEvents()).toEqual([]);
  });

  it('stops when the Backstage permission policy denies it, and changes nothing', async () => {
    const backend = await start({ deny: ['azureMl.endpoint.traffic.update'] });
    const run = await backend.run(ID, SHIFT, {
      token: await harness.token('bob'),
    });
    expect(run.error!.message).toBe(
      `Backstage permission policy denied 'azureMl.endpoint.traffic.update' (update) on ${DEFECT_CLASSIFIER_ENTITY_REF}; ask a Backstage administrator for access`,
    );
    expect(traffic()).toEqual(BLUE_GREEN);
    expect(await backend.auditEvents()).toMatchObject([
      {
        action: 'endpoint.traffic.update',
        outcome: 'denied',
        deniedBy: 'backstage',
      },
    ]);
  });

  it('refuses an endpoint without a catalog entity (fail closed)', async () => {
    const backend = await harness.start({
      entities: [workspaceEntity('mlw-vision', VISION.id)],
    });
    const run = await backend.run(ID, SHIFT, {
      token: await harness.token('bob'),
    });
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toContain(
      `the online endpoint ${DEFECT_CLASSIFIER} has no catalog entity`,
    );
    expect(traffic()).toEqual(BLUE_GREEN);
  });

  it('passes on Azure’s refusal of a Reader, naming the action and scope, and changes nothing', async () => {
    const backend = await start();
    const run = await backend.run(ID, SHIFT, {
      token: await harness.token('carol'),
      user: 'user:default/carol',
    });
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/onlineEndpoints\/write' on scope '\/subscriptions\/.*\/onlineEndpoints\/defect-classifier': Update traffic of online endpoint defect-classifier needs a role assignment that grants this action; ask an owner of the scope for access \(AuthorizationFailed, correlation id [0-9a-f-]+\)$/,
    );
    expect(traffic()).toEqual(BLUE_GREEN);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.deniedBy, e.errorCode])).toEqual([
      ['initiated', undefined, undefined],
      ['denied', 'azure', 'AuthorizationFailed'],
    ]);
  });

  it('reports Azure’s failure of the update itself, and the traffic stays as it was', async () => {
    const backend = await start();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Setting the traffic /, () =>
        Object.assign(faults, { serverErrorRate: 1 }),
      )
      .when(/^Removing /, () => Object.assign(faults, { serverErrorRate: 0 }));
    const run = await backend.run(ID, SHIFT, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error!.message).toMatch(
      /^Update traffic of online endpoint defect-classifier failed: Azure answered 500 InternalServerError/,
    );
    expect(run.error!.message).not.toContain('Removed');
    expect(traffic()).toEqual(BLUE_GREEN);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.errorCode])).toEqual([
      ['initiated', undefined],
      ['failed', 'InternalServerError'],
    ]);
  }, 60_000);

  it('puts the old traffic back when Azure fails after it accepted the change', async () => {
    const backend = await start();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Azure accepted the new traffic /, () => {
        expect(traffic()).toEqual({ blue: 50, green: 50 });
        Object.assign(faults, { serviceUnavailableRate: 1 });
      })
      .when(/^Removing /, () =>
        Object.assign(faults, { serviceUnavailableRate: 0 }),
      );
    const run = await backend.run(ID, SHIFT, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toMatch(
      /^Read online endpoint defect-classifier failed: .* Removed what this step had created: the new traffic of online endpoint defect-classifier \(back to blue 90%, green 10%\)\.$/,
    );
    expect(traffic()).toEqual(BLUE_GREEN);
    expect(run.logger.lines.map(l => l.message)).toContain(
      'Putting the traffic of online endpoint defect-classifier back to blue 90%, green 10%',
    );
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'failed']);
  }, 60_000);

  it('checks everything in a dry run, outputs the split it would set, and writes nothing', async () => {
    addIdleDeployment('canary');
    const backend = await start();
    const run = await backend.run(
      ID,
      { ...SHIFT, deployment: 'canary', share: 10 },
      { token: await harness.token('bob'), isDryRun: true },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      traffic: { blue: 81, green: 9, canary: 10 },
      previousTraffic: BLUE_GREEN,
    });
    expect(run.logger.lines.map(l => l.message)).toContain(
      'Dry run: would set the traffic of online endpoint defect-classifier from blue 90%, green 10% to blue 81%, green 9%, canary 10%; nothing was written',
    );
    expect(traffic()).toEqual(BLUE_GREEN);
    expect(await backend.auditEvents()).toEqual([]);
  });
});
