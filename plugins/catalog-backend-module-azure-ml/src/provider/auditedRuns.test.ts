/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { demoIds, startTestEmulator } from '@internal/azure-emulator/testing';
import { catalogModuleAzureMl } from '../module';
import {
  CONTOSO,
  PROD,
  RecordingConnection,
  azureMlTestConfig,
  recordingLogger,
} from '../__testUtils__/startCatalogModule';
import type { AzureMlEntityProvider } from './AzureMlEntityProvider';

const VISION = demoIds.workspace('vision');

/** What the stand-in of the audit route received. */
type Received = { subject?: string; body: any };

/**
 * A plugin standing in for azure-ml-backend's `POST /audit/events`: it takes
 * service principals only, as the real route does, and answers `status`.
 */
function auditRouteStandIn(received: Received[], status: number) {
  return createBackendPlugin({
    pluginId: 'azure-ml',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          httpRouter.use(async (req: any, res: any, next: any) => {
            if (req.method !== 'POST' || req.path !== '/audit/events') {
              next();
              return;
            }
            const credentials = await httpAuth.credentials(req, {
              allow: ['service'],
            });
            const chunks: Buffer[] = [];
            for await (const chunk of req) chunks.push(chunk);
            received.push({
              subject: credentials.principal.subject,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
            res
              .status(status)
              .json(
                status === 201
                  ? { sequence: received.length }
                  : { error: { name: 'Error', message: 'The ledger is down' } },
              );
          });
        },
      });
    },
  });
}

describe('catalog runs in the Azure ML audit log', () => {
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

  /** A backend with the module and, unless `status` is undefined, the audit route stand-in. */
  async function connectedProvider(status?: number) {
    const received: Received[] = [];
    const added: AzureMlEntityProvider[] = [];
    const backend = await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          {
            addEntityProvider: (...p: any[]) => added.push(...p.flat()),
            addProcessor: () => {},
            addPlaceholderResolver: () => {},
            setOnProcessingErrorHandler: () => {},
          },
        ],
      ],
      features: [
        catalogModuleAzureMl,
        ...(status === undefined ? [] : [auditRouteStandIn(received, status)]),
        mockServices.scheduler.mock({
          createScheduledTaskRunner: jest.fn(() => ({ run: jest.fn() })),
        }).factory,
        mockServices.rootConfig.factory({
          data: {
            azureMl: azureMlTestConfig(emulator.urls.https),
            catalog: {
              providers: {
                azureMl: {
                  prod: {
                    tenantId: CONTOSO,
                    subscriptions: [PROD],
                    defaultOwner: 'group:default/platform-team',
                  },
                },
              },
            },
          },
        }),
      ],
    });
    stop = () => backend.stop();
    const connection = new RecordingConnection();
    await added[0].connect(connection);
    return { provider: added[0], connection, received };
  }

  const armRequests = () => emulator.ctx.requestCounts.get('arm') ?? 0;

  it('posts one catalog.refresh event per run, as the catalog, with its scope and counts', async () => {
    const { provider, connection, received } = await connectedProvider(201);
    const { logger, lines } = recordingLogger();
    const armBefore = armRequests();

    expect(await provider.run(logger)).toBe(true);

    expect(lines.filter(l => l.level !== 'info')).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0].subject).toBe('plugin:catalog');
    const entities = connection.mutations[0].entities.length;
    expect(entities).toBeGreaterThan(0);
    expect(received[0].body).toEqual({
      source: 'catalog',
      actor: { service: 'plugin:catalog' },
      action: 'catalog.refresh',
      outcome: 'succeeded',
      targetResourceId: `/subscriptions/${PROD}`,
      parameters: {
        provider: 'prod',
        tenantId: CONTOSO,
        subscriptions: [PROD],
        entities,
        armRequests: armRequests() - armBefore,
        durationMs: expect.any(Number),
      },
    });
    expect(received[0].body.parameters.armRequests).toBeGreaterThan(1);
  });

  it('posts a catalog.refresh event of the workspace for a workspace refresh', async () => {
    const { provider, connection, received } = await connectedProvider(201);
    const { logger } = recordingLogger();
    const armBefore = armRequests();

    expect(await provider.refreshWorkspace(VISION.id, logger)).toBe(true);

    const entities = (connection.mutations[0] as any).added.length;
    expect(entities).toBeGreaterThan(0);
    expect(received).toHaveLength(1);
    expect(received[0].subject).toBe('plugin:catalog');
    expect(received[0].body).toEqual({
      source: 'catalog',
      actor: { service: 'plugin:catalog' },
      action: 'catalog.refresh',
      outcome: 'succeeded',
      targetResourceId: VISION.id,
      workspaceId: VISION.id,
      parameters: {
        provider: 'prod',
        tenantId: CONTOSO,
        subscriptions: [PROD],
        workspaceId: VISION.id,
        mutation: 'delta',
        entities,
        armRequests: armRequests() - armBefore,
        durationMs: expect.any(Number),
      },
    });
  });

  it('posts a failed event of the workspace when Azure fails its refresh', async () => {
    const { provider, connection, received } = await connectedProvider(201);
    emulator.ctx.faults.serverErrorRate = 1;

    await expect(
      provider.refreshWorkspace(VISION.id, recordingLogger().logger),
    ).rejects.toThrow();

    expect(connection.mutations).toHaveLength(0);
    expect(received).toHaveLength(1);
    expect(received[0].body).toMatchObject({
      action: 'catalog.refresh',
      outcome: 'failed',
      targetResourceId: VISION.id,
      workspaceId: VISION.id,
      parameters: { workspaceId: VISION.id, mutation: 'delta', entities: 0 },
    });
    expect(received[0].body.message).toMatch(/^The catalog run failed: /);
  });

  it('posts nothing for a workspace refresh it ignores', async () => {
    const { provider, received } = await connectedProvider(201);
    expect(
      await provider.refreshWorkspace(
        demoIds.workspace('research').id,
        recordingLogger().logger,
      ),
    ).toBe(false);
    expect(received).toEqual([]);
  });

  it('posts a failed event naming the scope it could not read, when Azure fails the run', async () => {
    const { provider, connection, received } = await connectedProvider(201);
    const { logger } = recordingLogger();
    emulator.ctx.faults.serverErrorRate = 1;

    expect(await provider.run(logger)).toBe(false);

    expect(connection.mutations).toHaveLength(0);
    expect(received).toHaveLength(1);
    const { body } = received[0];
    expect(body).toMatchObject({
      action: 'catalog.refresh',
      outcome: 'failed',
      errorCode: 'IncompleteRead',
      parameters: {
        entities: 0,
        failedScopes: [`subscription ${PROD}`],
      },
    });
    expect(body.message).toMatch(
      new RegExp(
        `^Applied no catalog mutation: 1 scope\\(s\\) could not be read: subscription ${PROD}: `,
      ),
    );
    // The first try and its retries of the workspace list.
    expect(body.parameters.armRequests).toBeGreaterThan(1);
  });

  it('posts a failed event when the catalog refuses the mutation, and still fails the run', async () => {
    const { provider, received } = await connectedProvider(201);
    const broken = new RecordingConnection();
    broken.applyMutation = async () => {
      throw new Error('The catalog database is read-only');
    };
    await provider.connect(broken);
    const { logger } = recordingLogger();

    await expect(provider.run(logger)).rejects.toThrow(
      'The catalog database is read-only',
    );

    expect(received).toHaveLength(1);
    expect(received[0].body).toMatchObject({
      action: 'catalog.refresh',
      outcome: 'failed',
      errorCode: 'Error',
      message:
        'The catalog run failed: Error: The catalog database is read-only',
    });
    expect(received[0].body.parameters.entities).toBeGreaterThan(0);
  });

  it('still ingests when the audit log refuses the event, with a warning', async () => {
    const { provider, connection, received } = await connectedProvider(500);
    const { logger, lines } = recordingLogger();

    expect(await provider.run(logger)).toBe(true);

    expect(connection.mutations).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(lines.filter(l => l.level === 'warn')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^Could not record catalog\.refresh \(succeeded\) in the Azure ML audit log: .*500.*The ledger is down/,
        ),
      }),
    ]);
  });

  it('still ingests when the Azure ML backend is not there at all', async () => {
    const { provider, connection } = await connectedProvider(undefined);
    const { logger, lines } = recordingLogger();

    expect(await provider.run(logger)).toBe(true);

    expect(connection.mutations).toHaveLength(1);
    expect(lines.filter(l => l.level === 'warn')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^Could not record catalog\.refresh \(succeeded\) in the Azure ML audit log: /,
        ),
      }),
    ]);
  });
});
