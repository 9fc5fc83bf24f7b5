/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The real audit ledger the actions write to, in tests only.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import azureMlPlugin from '@azure-ml-backstage/plugin-azure-ml-backend';
import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  type AzureMlAuditEvent,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  createServiceFactory,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  eventsServiceRef,
  type EventsService,
} from '@backstage/plugin-events-node';
import {
  AuthorizeResult,
  type AuthorizePermissionRequest,
} from '@backstage/plugin-permission-common';
import {
  scaffolderActionsExtensionPoint,
  type TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import {
  azureMlConfigFor,
  demoIds,
  portalUserToken,
  startTestEmulator,
} from '@internal/azure-emulator/testing';
import { scaffolderModuleAzureMl } from '../module';

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;
type TestBackend = Awaited<ReturnType<typeof startTestBackend>>;

/** The demo workspace the tests act in, and its catalog entity. */
export const VISION = demoIds.workspace('vision');
export const VISION_ENTITY_REF = 'system:default/mlw-vision';

/** A catalog entity standing for an Azure ML workspace, as the catalog module makes it. */
export function workspaceEntity(name: string, resourceId: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [AZURE_ML_RESOURCE_ID_ANNOTATION]: resourceId },
    },
    spec: { owner: 'group:default/team-vision', type: 'azure-ml-workspace' },
  };
}

/** One line the action logged. */
export type LogLine = { level: string; message: string };

/**
 * A task logger that keeps every line and runs the hooks whose pattern a
 * line matches, at the moment it is logged: tests use them to change the
 * emulator (inject a fault) exactly between two steps of an action.
 */
export class RecordingLogger implements LoggerService {
  readonly lines: LogLine[] = [];
  readonly #hooks: { pattern: RegExp; run: () => void }[] = [];

  /** Runs `run` once, when a line matching `pattern` is logged. */
  when(pattern: RegExp, run: () => void): this {
    this.#hooks.push({ pattern, run });
    return this;
  }

  #log(level: string, message: string) {
    this.lines.push({ level, message });
    const hook = this.#hooks.findIndex(h => h.pattern.test(message));
    if (hook >= 0) this.#hooks.splice(hook, 1)[0].run();
  }
  error(message: string) {
    this.#log('error', message);
  }
  warn(message: string) {
    this.#log('warn', message);
  }
  info(message: string) {
    this.#log('info', message);
  }
  debug(message: string) {
    this.#log('debug', message);
  }
  child(): LoggerService {
    return this;
  }
}

/** What running an action gave. */
export type ActionRun = {
  outputs: Record<string, unknown>;
  logger: RecordingLogger;
  error?: Error;
};

/** Options of {@link ActionsTestHarness.start}. */
export type StartOptions = {
  /** Permission names the policy denies; everything else is allowed. */
  deny?: string[];
  /** Catalog entities; the vision workspace's by default. */
  entities?: Entity[];
  /** Leaves the Azure ML backend plugin (and so its audit log) out. */
  withoutAuditLog?: boolean;
  /** The events service the module publishes on; one of its own by default. */
  events?: EventsService;
};

/**
 * Starts one emulator for a test file and, per test, a backend with the
 * scaffolder module, the Azure ML backend plugin (its audit ledger is where
 * the actions' events go) and a catalog holding the workspace entity; the
 * actions the module registers are run with a task context like the
 * scaffolder's. Registers its Jest hooks itself.
 */
export function useActionsTestHarness() {
  let emulator: Emulator;
  const backends: TestBackend[] = [];
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(async () => {
    await Promise.all(backends.splice(0).map(b => b.stop()));
    emulator.reset();
  });

  return {
    get emulator(): Emulator {
      return emulator;
    },

    /** A demo user's Entra token for the portal API, from the real sign-in. */
    token(user: string): Promise<string> {
      return portalUserToken(emulator, user);
    },

    /** Whether the emulator holds a resource now. */
    exists(id: string): boolean {
      return emulator.ctx.state.getResource(id) !== undefined;
    },

    async start(options: StartOptions = {}) {
      const actions: TemplateAction<any, any, any>[] = [];
      const permissionRequests: AuthorizePermissionRequest[] = [];
      const deny = new Set(options.deny ?? []);
      const backend = await startTestBackend({
        extensionPoints: [
          [
            scaffolderActionsExtensionPoint,
            { addActions: (...added: any[]) => actions.push(...added) },
          ],
        ],
        features: [
          scaffolderModuleAzureMl,
          ...(options.withoutAuditLog ? [] : [azureMlPlugin]),
          ...(options.events
            ? [
                createServiceFactory({
                  service: eventsServiceRef,
                  deps: {},
                  factory: () => options.events!,
                }),
              ]
            : []),
          mockServices.permissions.mock({
            authorize: async requests =>
              requests.map(request => {
                permissionRequests.push(request as AuthorizePermissionRequest);
                return {
                  result: deny.has(request.permission.name)
                    ? AuthorizeResult.DENY
                    : AuthorizeResult.ALLOW,
                };
              }),
          }).factory,
          catalogServiceMock.factory({
            entities: options.entities ?? [
              workspaceEntity('mlw-vision', VISION.id),
            ],
          }),
          mockServices.rootConfig.factory({
            data: {
              azureMl: {
                ...azureMlConfigFor(emulator.urls.https),
                audit: { secret: 'scaffolder-test-audit-secret-0123456789ab' },
              },
            },
          }),
        ],
      });
      backends.push(backend);

      return {
        /** The ids of the actions the module registered. */
        actionIds: () => actions.map(a => a.id),

        /** What the permission policy was asked, in order. */
        permissionRequests,

        /**
         * Runs an action as `user` (a Backstage user ref) with `token` in
         * the task secrets; never throws, the error is returned.
         */
        async run(
          id: string,
          input: Record<string, unknown>,
          context: {
            token?: string;
            user?: string;
            isDryRun?: boolean;
            logger?: RecordingLogger;
          } = {},
        ): Promise<ActionRun> {
          const action = actions.find(a => a.id === id);
          if (!action) throw new Error(`no action ${id}`);
          const logger = context.logger ?? new RecordingLogger();
          const outputs: Record<string, unknown> = {};
          const user = context.user ?? 'user:default/bob';
          try {
            await action.handler({
              input,
              secrets: context.token ? { azureMlUserToken: context.token } : {},
              logger,
              workspacePath: '/tmp/azure-ml-actions-test',
              checkpoint: async ({ fn }: { fn: () => Promise<any> }) => fn(),
              output: (name: string, value: unknown) => {
                outputs[name] = value;
              },
              createTemporaryDirectory: async () => '/tmp',
              getInitiatorCredentials: async () => mockCredentials.user(user),
              task: { id: 'task-0001' },
              templateInfo: {
                entityRef: 'template:default/new-ml-experiment',
                baseUrl: 'http://localhost',
              },
              user: { ref: user },
              isDryRun: context.isDryRun,
            } as any);
            return { outputs, logger };
          } catch (error) {
            return { outputs, logger, error: error as Error };
          }
        },

        /** The scaffolder's events in the audit log, oldest first. */
        async auditEvents(): Promise<AzureMlAuditEvent[]> {
          const { port } = backend.server.address() as { port: number };
          const response = await fetch(
            `http://localhost:${port}/api/azure-ml/audit/events?source=scaffolder&limit=1000`,
            { headers: { authorization: mockCredentials.user.header() } },
          );
          if (response.status !== 200) {
            throw new Error(
              `GET audit events: ${response.status} ${await response.text()}`,
            );
          }
          const page = (await response.json()) as {
            items: AzureMlAuditEvent[];
          };
          return page.items.sort((a, b) => a.sequence - b.sequence);
        },
      };
    },
  };
}

const JOB_TYPE = 'Microsoft.MachineLearningServices/workspaces/jobs';

/**
 * A demo command job of a workspace that is `Completed` now (and has a
 * `model` output), or one that is still `Running`.
 */
export function demoJobOf(
  emulator: Emulator,
  workspaceId: string,
  phase: 'Completed' | 'Running',
): string {
  const { state, now } = emulator.ctx;
  const job = state.listChildren(workspaceId, JOB_TYPE).find(j => {
    const timeline = state.jobTimelines.get(j.id.toLowerCase());
    if (!timeline || j.properties.jobType !== 'Command') return false;
    const start = state.epochMs + timeline.startOffsetMs;
    const end = start + timeline.durationMs;
    return phase === 'Completed'
      ? timeline.finalStatus === 'Completed' &&
          end < now() &&
          timeline.canceledAtMs === undefined &&
          'model' in (j.properties.outputs ?? {})
      : start < now() && now() < end && timeline.canceledAtMs === undefined;
  });
  if (!job) throw new Error(`no ${phase} command job in ${workspaceId}`);
  return job.name;
}
