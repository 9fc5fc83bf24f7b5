/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC,
  type AzureMlWorkspaceAssetsChangedEvent,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { AZURE_ML_WORKSPACE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { DeferredEntity } from '@backstage/plugin-catalog-node';
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
const NLP = demoIds.workspace('nlp');
const RESEARCH = demoIds.workspace('research');
const SANDBOX = demoIds.workspace('sandbox');

/** A mutation as the recording connection keeps it. */
type Mutation = {
  type: string;
  entities?: DeferredEntity[];
  added?: DeferredEntity[];
  removed?: DeferredEntity[];
};

describe('AzureMlEntityProvider on workspace asset changes', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    emulator.reset();
  });

  /** The module with an events service the test publishes on, connected. */
  async function connectedProvider(options: Record<string, unknown> = {}) {
    const events = mockServices.events();
    const { logger, lines } = recordingLogger();
    const started = await startCatalogModule(
      emulator.urls.https,
      {
        prod: {
          tenantId: CONTOSO,
          subscriptions: [PROD],
          defaultOwner: 'group:default/platform-team',
          ...options,
        },
      },
      { events, logger },
    );
    stop = () => started.backend.stop();
    const provider = started.providers[0];
    const connection = new RecordingConnection();
    await provider.connect(connection);
    const mutations = connection.mutations as Mutation[];
    const announce = (eventPayload: unknown) =>
      events.publish({
        topic: AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC,
        eventPayload,
      });
    return { provider, connection, mutations, announce, lines };
  }

  const armRequests = () => emulator.ctx.requestCounts.get('arm') ?? 0;
  const refs = (entities: DeferredEntity[] = []) =>
    entities.map(e => stringifyEntityRef(e.entity));
  const inVision = (entities: DeferredEntity[] = []) =>
    entities.filter(
      e =>
        e.entity.metadata.annotations?.[AZURE_ML_WORKSPACE_ID_ANNOTATION] ===
        VISION.id,
    );
  const ownerOf = (entities: DeferredEntity[] = [], ref: string) =>
    entities.map(e => e.entity).find(e => stringifyEntityRef(e) === ref)?.spec
      ?.owner;
  /** Sets the `owner` tag of an asset container in the emulator. */
  const tagOwner = (type: string, value: string) => {
    const container = emulator.ctx.state.listChildren(
      VISION.id,
      `${ML}/${type}`,
    )[0];
    container.properties.tags = { ...container.properties.tags, owner: value };
    return container.name.toLowerCase();
  };

  it("applies a delta of the workspace's entities, as a run maps them, owned as their owner tags say", async () => {
    const { provider, mutations, announce, lines } = await connectedProvider();
    expect(await provider.run(recordingLogger().logger)).toBe(true);
    const fullVision = inVision(mutations[0].entities);
    expect(fullVision.length).toBeGreaterThan(5);

    const data = tagOwner('data', 'group:default/data-platform');
    const model = tagOwner('models', 'user:default/alice');
    const environment = tagOwner('environments', 'ml-infra');
    const stray = emulator.ctx.state.listChildren(VISION.id, `${ML}/data`)[1];
    stray.properties.tags = { owner: 'system:default/mlw-vision' };
    const event: AzureMlWorkspaceAssetsChangedEvent = {
      workspaceId: VISION.id,
    };
    await announce(event);

    expect(lines.filter(l => l.level === 'error')).toEqual([]);
    expect(mutations).toHaveLength(2);
    const delta = mutations[1];
    expect(delta.type).toBe('delta');
    expect(delta.removed).toEqual([]);
    // Only mlw-vision, every entity of it, with the run's location key.
    expect(refs(delta.added)).toEqual(refs(fullVision));
    expect(new Set(delta.added!.map(e => e.locationKey))).toEqual(
      new Set(['azure-ml-provider:prod']),
    );
    const added = delta.added!;
    expect(ownerOf(added, `resource:default/mlw-vision-data-${data}`)).toBe(
      'group:default/data-platform',
    );
    expect(ownerOf(added, `resource:default/mlw-vision-model-${model}`)).toBe(
      'user:default/alice',
    );
    expect(
      ownerOf(added, `resource:default/mlw-vision-environment-${environment}`),
    ).toBe('group:default/ml-infra');
    // A tag naming no group or user leaves the workspace's owner.
    expect(
      ownerOf(
        added,
        `resource:default/mlw-vision-data-${stray.name.toLowerCase()}`,
      ),
    ).toBe('group:default/team-vision');
    expect(ownerOf(added, 'system:default/mlw-vision')).toBe(
      'group:default/team-vision',
    );
    // Apart from the tagged assets, the entities are the run's.
    const tagged = new Set([
      `resource:default/mlw-vision-data-${data}`,
      `resource:default/mlw-vision-model-${model}`,
      `resource:default/mlw-vision-environment-${environment}`,
    ]);
    expect(
      added.filter(e => !tagged.has(stringifyEntityRef(e.entity))),
    ).toEqual(
      fullVision.filter(e => !tagged.has(stringifyEntityRef(e.entity))),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: `Applied ${added.length} Azure ML entities of workspace ${VISION.id}`,
      }),
    );
  });

  it('shows a data asset registered since the last run at once', async () => {
    const { mutations, announce } = await connectedProvider();
    const template = emulator.ctx.state.listChildren(
      VISION.id,
      `${ML}/data`,
    )[0];
    emulator.ctx.state.putResource({
      ...template,
      id: `${VISION.id}/data/vision-new-images`,
      name: 'vision-new-images',
      properties: {
        ...template.properties,
        description: 'New images',
        tags: { owner: 'group:default/data-platform' },
      },
    });

    await announce({ workspaceId: VISION.id.toLowerCase() });

    expect(mutations.map(m => m.type)).toEqual(['delta']);
    const entity = mutations[0]
      .added!.map(e => e.entity)
      .find(
        e =>
          stringifyEntityRef(e) ===
          'resource:default/mlw-vision-data-vision-new-images',
      ) as Entity;
    expect(entity.spec).toEqual({
      type: 'azure-ml-data',
      owner: 'group:default/data-platform',
      system: 'mlw-vision',
    });
    expect(entity.metadata.annotations?.['ml.azure.com/resource-id']).toBe(
      `${VISION.id}/data/vision-new-images`,
    );
  });

  it.each([
    ['a workspace of another tenant', { workspaceId: RESEARCH.id }],
    [
      "a workspace of the tenant's other subscription",
      { workspaceId: SANDBOX.id },
    ],
  ])(
    'ignores %s without reading Azure',
    async (_case, payload: AzureMlWorkspaceAssetsChangedEvent) => {
      const { mutations, announce, lines } = await connectedProvider();
      const before = armRequests();
      await announce(payload);
      expect(mutations).toEqual([]);
      expect(armRequests()).toBe(before);
      expect(lines.filter(l => l.level !== 'debug')).toEqual([]);
    },
  );

  it('ignores a workspace its filters do not select', async () => {
    const { mutations, announce, lines } = await connectedProvider({
      workspaces: ['mlw-vision'],
    });
    await announce({ workspaceId: NLP.id });
    expect(mutations).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: `Ignored a refresh of workspace ${NLP.id}: the provider's filters do not select it, or it does not exist`,
      }),
    );
  });

  it('ignores an event without a valid workspace id, with a warning', async () => {
    const { mutations, announce, lines } = await connectedProvider();
    const before = armRequests();
    await announce({ workspace: VISION.id });
    await announce({ workspaceId: `${VISION.id}/data/defect-images` });
    expect(mutations).toEqual([]);
    expect(armRequests()).toBe(before);
    const warnings = lines.filter(l => l.level === 'warn');
    expect(warnings.map(l => l.message)).toEqual([
      `Ignored an ${AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC} event without a workspaceId`,
      expect.stringMatching(
        /^Ignored a refresh of ".*\/data\/defect-images": InputError: Invalid Azure ML resource id: /,
      ),
    ]);
  });

  it('logs a refresh Azure fails, applies nothing, and refreshes on the next event', async () => {
    const { mutations, announce, lines } = await connectedProvider();
    emulator.ctx.faults.serverErrorRate = 1;
    await expect(announce({ workspaceId: VISION.id })).resolves.toBeUndefined();
    expect(mutations).toEqual([]);
    const errors = lines.filter(l => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(
      new RegExp(
        `^Azure ML catalog refresh of workspace ${VISION.id} failed: `,
      ),
    );

    emulator.ctx.faults.serverErrorRate = 0;
    await announce({ workspaceId: VISION.id });
    expect(mutations.map(m => m.type)).toEqual(['delta']);
  });

  it('logs a mutation the catalog refuses, without failing the publisher', async () => {
    const { connection, announce, lines } = await connectedProvider();
    connection.applyMutation = async () => {
      throw new Error('The catalog database is read-only');
    };
    await expect(announce({ workspaceId: VISION.id })).resolves.toBeUndefined();
    expect(lines.filter(l => l.level === 'error')).toEqual([
      expect.objectContaining({
        message: `Azure ML catalog refresh of workspace ${VISION.id} failed: Error: The catalog database is read-only`,
      }),
    ]);
  });

  it('waits for a run in progress, so the run cannot apply older entities after it', async () => {
    const { provider, mutations } = await connectedProvider();
    const { logger } = recordingLogger();
    await Promise.all([
      provider.run(logger),
      provider.refreshWorkspace(VISION.id, logger),
    ]);
    expect(mutations.map(m => m.type)).toEqual(['full', 'delta']);
  });

  it('subscribes once, however often the catalog connects it', async () => {
    const { provider, connection, mutations, announce } =
      await connectedProvider();
    await provider.connect(connection);
    await announce({ workspaceId: VISION.id });
    expect(mutations).toHaveLength(1);
  });

  it('refuses a refresh before the catalog connects it', async () => {
    const started = await startCatalogModule(
      emulator.urls.https,
      {
        prod: {
          tenantId: CONTOSO,
          subscriptions: [PROD],
          defaultOwner: 'group:default/platform-team',
        },
      },
      { events: mockServices.events() },
    );
    stop = () => started.backend.stop();
    await expect(
      started.providers[0].refreshWorkspace(VISION.id),
    ).rejects.toThrow('Not initialized');
  });
});
