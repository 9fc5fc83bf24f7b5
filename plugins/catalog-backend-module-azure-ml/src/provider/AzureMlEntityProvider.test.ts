/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  AZURE_ML_TENANT_ID_ANNOTATION,
  AZURE_ML_WORKSPACE_ID_ANNOTATION,
  AZURE_ML_STUDIO_URL_ANNOTATION,
  AZURE_ML_PORTAL_URL_ANNOTATION,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import { demoIds, startTestEmulator } from '@internal/azure-emulator/testing';
import {
  CONTOSO,
  PROD,
  RecordingConnection,
  recordingLogger,
  startCatalogModule,
} from '../__testUtils__/startCatalogModule';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const VISION = demoIds.workspace('vision');

describe('AzureMlEntityProvider', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(async () => {
    await stop?.();
    emulator.reset();
  });

  async function connectedProvider(options: Record<string, string> = {}) {
    const started = await startCatalogModule(emulator.urls.https, {
      prod: {
        tenantId: CONTOSO,
        subscriptions: [PROD],
        defaultOwner: 'group:default/platform-team',
        ...options,
      },
    });
    stop = () => started.backend.stop();
    const provider = started.providers[0];
    const connection = new RecordingConnection();
    await provider.connect(connection);
    return { provider, connection, tasks: started.tasks };
  }

  const entitiesOf = (connection: RecordingConnection, n: number) =>
    connection.mutations[n].entities.map(e => e.entity);
  const inVision = (entities: Entity[]) =>
    entities.filter(
      e =>
        e.metadata.annotations?.[AZURE_ML_WORKSPACE_ID_ANNOTATION] ===
        VISION.id,
    );
  const names = (type: string) =>
    emulator.ctx.state
      .listChildren(VISION.id, `${ML}/${type}`)
      .map(r => r.name.toLowerCase());

  it('ingests every asset of mlw-vision with owners, lineage and annotations', async () => {
    const { provider, connection, tasks } = await connectedProvider();
    expect(tasks.map(t => t.id)).toEqual([
      'AzureMlEntityProvider:prod:refresh',
    ]);
    const { logger, lines } = recordingLogger();
    const applied = await provider.run(logger);
    expect(lines.filter(l => l.level === 'error')).toEqual([]);
    expect(applied).toBe(true);
    expect(connection.mutations).toHaveLength(1);
    expect(connection.mutations[0].type).toBe('full');
    expect(
      new Set(connection.mutations[0].entities.map(e => e.locationKey)),
    ).toEqual(new Set(['azure-ml-provider:prod']));

    const vision = inVision(entitiesOf(connection, 0));
    const endpoints = names('onlineEndpoints');
    const expected = [
      'system:default/mlw-vision',
      ...names('models').map(n => `resource:default/mlw-vision-model-${n}`),
      ...names('data').map(n => `resource:default/mlw-vision-data-${n}`),
      ...names('environments').map(
        n => `resource:default/mlw-vision-environment-${n}`,
      ),
      ...names('computes').map(n => `resource:default/mlw-vision-compute-${n}`),
      ...endpoints.map(n => `component:default/mlw-vision-endpoint-${n}`),
      ...endpoints.map(n => `api:default/mlw-vision-endpoint-${n}`),
    ];
    expect(endpoints.length).toBeGreaterThan(0);
    expect(names('models').length).toBeGreaterThan(0);
    expect(vision.map(e => stringifyEntityRef(e)).sort()).toEqual(
      expected.sort(),
    );

    // One System per workspace of the subscription, owned per its tag.
    const systems = entitiesOf(connection, 0).filter(e => e.kind === 'System');
    expect(systems.map(s => [s.metadata.name, s.spec?.owner]).sort()).toEqual([
      ['mlw-nlp', 'group:default/team-nlp'],
      ['mlw-vision', 'group:default/team-vision'],
    ]);
    expect(new Set(vision.map(e => e.spec?.owner))).toEqual(
      new Set(['group:default/team-vision']),
    );
    expect(
      new Set(vision.filter(e => e.kind !== 'System').map(e => e.spec?.system)),
    ).toEqual(new Set(['mlw-vision']));

    // Every entity is valid for its kind.
    const validators = [
      systemEntityV1alpha1Validator,
      resourceEntityV1alpha1Validator,
      componentEntityV1alpha1Validator,
      apiEntityV1alpha1Validator,
    ];
    for (const e of entitiesOf(connection, 0)) {
      const results = await Promise.all(validators.map(v => v.check(e)));
      expect([stringifyEntityRef(e), results.filter(Boolean).length]).toEqual([
        stringifyEntityRef(e),
        1,
      ]);
    }

    // The System carries the workspace id exactly as ARM spells it.
    const system = vision.find(e => e.kind === 'System')!;
    expect(system.metadata.annotations).toEqual(
      expect.objectContaining({
        [AZURE_ML_RESOURCE_ID_ANNOTATION]: VISION.id,
        [AZURE_ML_WORKSPACE_ID_ANNOTATION]: VISION.id,
        [AZURE_ML_TENANT_ID_ANNOTATION]: CONTOSO,
        [AZURE_ML_PORTAL_URL_ANNOTATION]: `https://portal.azure.com/#@${CONTOSO}/resource${VISION.id}`,
        [ANNOTATION_LOCATION]: `url:https://portal.azure.com/#@${CONTOSO}/resource${VISION.id}`,
        [ANNOTATION_ORIGIN_LOCATION]: `url:https://portal.azure.com/#@${CONTOSO}/resource${VISION.id}`,
      }),
    );
    expect(system.metadata.annotations?.[AZURE_ML_STUDIO_URL_ANNOTATION]).toBe(
      `https://ml.azure.com/home?wsid=${encodeURIComponent(
        VISION.id,
      )}&tid=${CONTOSO}`,
    );

    // Endpoint: provides its API and depends on the models it serves.
    for (const endpoint of emulator.ctx.state.listChildren(
      VISION.id,
      `${ML}/onlineEndpoints`,
    )) {
      const name = `mlw-vision-endpoint-${endpoint.name.toLowerCase()}`;
      const component = vision.find(
        e => e.kind === 'Component' && e.metadata.name === name,
      )!;
      const served = emulator.ctx.state
        .listChildren(endpoint.id, `${ML}/onlineEndpoints/deployments`)
        .map(d => (d.properties as { model: string }).model.split('/').at(-3)!)
        .map(m => `resource:default/mlw-vision-model-${m.toLowerCase()}`);
      expect(served.length).toBeGreaterThan(0);
      expect(component.spec).toEqual(
        expect.objectContaining({
          type: 'service',
          providesApis: [`api:default/${name}`],
          dependsOn: [...new Set(served)].sort(),
        }),
      );
      expect(
        component.metadata.annotations?.[AZURE_ML_RESOURCE_ID_ANNOTATION],
      ).toBe(endpoint.id);
      const api = vision.find(
        e => e.kind === 'API' && e.metadata.name === name,
      )!;
      expect(api.spec?.type).toBe('azure-ml-scoring');
      expect(api.spec?.definition).toContain(
        `Scoring URI: ${emulator.urls.https}/inference/mlw-vision/${endpoint.name}/score\n`,
      );
    }

    // Model lineage: a model depends on data its producing jobs read.
    const withLineage = vision.filter(
      e => e.spec?.type === 'azure-ml-model' && e.spec?.dependsOn,
    );
    expect(withLineage.length).toBeGreaterThan(0);
    for (const model of withLineage) {
      for (const ref of model.spec!.dependsOn as string[]) {
        expect(expected).toContain(ref);
        expect(ref).toMatch(/^resource:default\/mlw-vision-data-/);
      }
    }

    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: `Read Azure ML subscription ${PROD}`,
        meta: expect.objectContaining({ workspaces: 2, failures: 0 }),
      }),
    );
  });

  it('gives the same payload on a second run, and drops a deleted model', async () => {
    const { provider, connection } = await connectedProvider();
    const { logger } = recordingLogger();
    await provider.run(logger);
    await provider.run(logger);
    expect(entitiesOf(connection, 1)).toEqual(entitiesOf(connection, 0));

    const model = emulator.ctx.state.listChildren(VISION.id, `${ML}/models`)[0];
    expect(emulator.ctx.state.deleteResource(model.id)).toBe(true);
    await provider.run(logger);
    const before = entitiesOf(connection, 0).map(e => stringifyEntityRef(e));
    const after = entitiesOf(connection, 2).map(e => stringifyEntityRef(e));
    const gone = `resource:default/mlw-vision-model-${model.name.toLowerCase()}`;
    expect(before).toContain(gone);
    expect(before.filter(ref => !after.includes(ref))).toEqual([gone]);
  });

  it('applies no mutation when Azure fails, and applies again once it recovers', async () => {
    const { provider, connection } = await connectedProvider();
    const { logger, lines } = recordingLogger();
    emulator.ctx.faults.serverErrorRate = 1;
    expect(await provider.run(logger)).toBe(false);
    expect(connection.mutations).toHaveLength(0);
    const errors = lines.filter(l => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(
      new RegExp(`^Could not read Azure ML subscription ${PROD}: `),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message:
          'Applied no catalog mutation: 1 scope(s) could not be read; the entities of the last complete run stay',
      }),
    );

    emulator.ctx.faults.serverErrorRate = 0;
    expect(await provider.run(logger)).toBe(true);
    expect(connection.mutations).toHaveLength(1);
  });

  it('names each workspace it could not read, throttled after the workspace list', async () => {
    const { provider, connection } = await connectedProvider();
    const { logger, lines } = recordingLogger();
    // Three reads, never refilled: the workspace list passes, then ARM throttles.
    emulator.ctx.budgets.setBudgets({
      reads: { capacity: 3, refillPerSecond: 0.0001 },
      writes: { capacity: 200, refillPerSecond: 10 },
    });
    expect(await provider.run(logger)).toBe(false);
    expect(connection.mutations).toHaveLength(0);
    const errors = lines
      .filter(l => l.level === 'error')
      .map(l => l.message)
      .sort();
    const nlp = demoIds.workspace('nlp').id;
    // Throttled beyond the Retry-After budget: ARM's 429 as the cause.
    expect(errors).toEqual(
      [nlp, VISION.id].map(id =>
        expect.stringMatching(
          new RegExp(
            `^Could not read Azure ML workspace ${id} \\(subscription ${PROD}\\): ServiceUnavailableError: Azure answered 429 SubscriptionRequestsThrottled `,
          ),
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: `Read Azure ML subscription ${PROD}`,
        meta: expect.objectContaining({ workspaces: 2, failures: 2 }),
      }),
    );
  });

  it("stays inside ARM's read budget on a run of more reads than its burst", async () => {
    const { provider, connection } = await connectedProvider();
    const { logger } = recordingLogger();
    const armRequests = () => emulator.ctx.requestCounts.get('arm') ?? 0;
    expect(await provider.run(logger)).toBe(true);
    const reads = armRequests();

    // A burst of 20 reads refilled at ARM's 25/s, fewer than the run needs:
    // below 50 left, the provider paces its reads to 25/s and none is
    // throttled (a 429 would be counted, and retried, as one more request).
    emulator.ctx.requestCounts.clear();
    emulator.ctx.budgets.setBudgets({
      reads: { capacity: 20, refillPerSecond: 25 },
      writes: { capacity: 200, refillPerSecond: 10 },
    });
    expect(reads).toBeGreaterThan(30);
    const started = Date.now();
    expect(await provider.run(logger)).toBe(true);
    expect(armRequests()).toBe(reads);
    // Paced from the first answer on: a read every 40 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(
      ((reads - 1) / 25) * 1000 - 100,
    );
    expect(entitiesOf(connection, 1)).toEqual(entitiesOf(connection, 0));
  });

  it('reads only the workspaces the filter selects, owned by default without the owner tag', async () => {
    const { provider, connection } = await connectedProvider({
      workspaceTag: 'cost-center=cv-042',
      ownerTag: 'team',
    });
    expect(await provider.run(recordingLogger().logger)).toBe(true);
    const entities = entitiesOf(connection, 0);
    expect(inVision(entities)).toHaveLength(entities.length);
    expect(
      entities.filter(e => e.kind === 'System').map(e => e.metadata.name),
    ).toEqual(['mlw-vision']);
    expect(new Set(entities.map(e => e.spec?.owner))).toEqual(
      new Set(['group:default/platform-team']),
    );
  });
});
