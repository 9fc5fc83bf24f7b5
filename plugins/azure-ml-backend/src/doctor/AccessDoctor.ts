/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceId as workspaceIdOf,
  type AccessCheck,
  type AccessCheckId,
  type AccessDoctorReport,
  type AccessDoctorSubject,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  AzureMlConfig,
  AzureMlProjectRoles,
  AzureMlServiceIdentityService,
  OnBehalfOfExchange,
  UserTokenValidator,
  ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { AzureMlClients } from '../service/AzureMlClients';
import type { AzureMlSessions } from '../service/AzureMlSessions';
import type { CatalogEntityRefs } from '../service/CatalogEntityRefs';
import { checkAppConsent } from './checkAppConsent';
import { checkAzurePermissions } from './checkAzurePermissions';
import { checkBackstagePermissions } from './checkBackstagePermissions';
import { checkGuestAccount } from './checkGuestAccount';
import { checkServiceIdentity } from './checkServiceIdentity';
import { checkSignInToken } from './checkSignInToken';
import { probeExchange } from './exchangeProbe';
import { portalCredentialUses } from './portalCredentialUses';
import { readAppSecrets } from './readAppSecrets';
import { RoleReader } from './RoleReader';

/**
 * Whom to examine: the signed-in user, another user by object id (in the
 * workspace's tenant), or the portal's service identity.
 *
 * @internal
 */
export type DoctorSubject =
  | { kind: 'me' }
  | { kind: 'user'; objectId: string }
  | { kind: 'service' };

/**
 * What one run of the doctor is given.
 *
 * @internal
 */
export type DoctorRequest = {
  /** The Entra token the browser forwarded, unvalidated. */
  token: string | undefined;
  credentials: BackstageCredentials;
  workspace: WorkspaceRef;
  subject: DoctorSubject;
  /** The Azure action a refusal named, to point at in the report. */
  refusedAction?: string;
};

/**
 * What the doctor reads with.
 *
 * @internal
 */
export type AccessDoctorOptions = {
  config: AzureMlConfig;
  validator: UserTokenValidator;
  exchange: OnBehalfOfExchange;
  sessions: AzureMlSessions;
  clients: AzureMlClients;
  serviceIdentity: AzureMlServiceIdentityService;
  permissions: PermissionsService;
  entityRefs: CatalogEntityRefs;
  /** The project roles, to name the one a Backstage denial calls for. */
  projectRoles?: AzureMlProjectRoles;
  /** Current time in milliseconds; `Date.now` unless replaced (tests). */
  clock?: () => number;
};

const TITLES: Record<AccessCheckId, string> = {
  'sign-in-token': 'Sign-in token',
  'app-consent': "The portal's app registration",
  'guest-account': 'Cross-tenant account',
  'azure-permissions': 'Azure permissions on the workspace',
  'backstage-permissions': 'Backstage permissions',
  'service-identity': 'Service identity and secrets',
};

const skipped = (id: AccessCheckId, summary: string): AccessCheck => ({
  id,
  title: TITLES[id],
  verdict: 'skipped',
  summary,
  evidence: [],
});

/**
 * The access doctor: runs every check of access to one workspace for one
 * subject and says, for each, the verdict, the evidence and the fix. Nothing
 * is cached and nothing is changed.
 *
 * @internal
 */
export class AccessDoctor {
  readonly #options: AccessDoctorOptions;
  readonly #roles: RoleReader;

  constructor(options: AccessDoctorOptions) {
    this.#options = options;
    this.#roles = new RoleReader(options);
  }

  async diagnose(request: DoctorRequest): Promise<AccessDoctorReport> {
    const nowMs = (this.#options.clock ?? Date.now)();
    const workspaceId = workspaceIdOf(request.workspace);
    const tenantId = this.#options.sessions.directory.tenantOf(
      request.workspace.subscriptionId,
    );
    const { subject, checks } =
      request.subject.kind === 'me'
        ? await this.#forSignedInUser(request, workspaceId, tenantId, nowMs)
        : await this.#forOther(request, workspaceId, tenantId);
    checks.push(await this.#serviceIdentityCheck(tenantId, nowMs));
    return {
      subject,
      workspaceId,
      workspaceTenantId: tenantId,
      checkedAt: new Date(nowMs).toISOString(),
      checks,
    };
  }

  async #forSignedInUser(
    request: DoctorRequest,
    workspaceId: string,
    tenantId: string,
    nowMs: number,
  ): Promise<{ subject: AccessDoctorSubject; checks: AccessCheck[] }> {
    const { config, exchange, sessions } = this.#options;
    const { endpoints } = config.cloud;
    const signIn = await checkSignInToken({
      token: request.token,
      validator: this.#options.validator,
      config,
      nowMs,
    });
    const backstage = await checkBackstagePermissions({
      ...this.#options,
      credentials: request.credentials,
      workspaceId,
    });
    const { user } = signIn;
    if (!user) {
      const why = 'Needs a valid sign-in token (see the first check).';
      return {
        subject: { kind: 'me' },
        checks: [
          signIn.check,
          skipped('app-consent', why),
          skipped('guest-account', why),
          skipped('azure-permissions', why),
          backstage,
        ],
      };
    }
    const [arm, ml] = await Promise.all(
      [endpoints.resourceManagerScope, endpoints.machineLearningScope].map(
        scope => probeExchange(exchange, user, scope, tenantId),
      ),
    );
    const consent = checkAppConsent({
      apis: [
        {
          name: 'Azure Service Management (ARM)',
          scope: endpoints.resourceManagerScope,
          resourceAppId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
          permissionId: '41094075-9dad-400e-a0bd-54e686782033',
          outcome: arm,
        },
        {
          name: 'Azure Machine Learning Services (data plane)',
          scope: endpoints.machineLearningScope,
          resourceAppId: '18a66f5f-dbdf-4c17-9dd7-1634712a9cbe',
          outcome: ml,
        },
      ],
      clientId: config.portalApp.clientId,
      tenantId,
      authorityHost: endpoints.authorityHost,
    });
    const guest = checkGuestAccount({
      user,
      workspaceTenantId: tenantId,
      outcome: arm,
    });
    const principal = {
      objectId: (arm.ok && arm.objectId) || user.objectId,
      type: 'User' as const,
      name: user.userPrincipalName ?? user.objectId,
    };
    const azure = arm.ok
      ? checkAzurePermissions({
          workspaceId,
          principal,
          effective: await this.#roles.effectiveForUser(
            sessions.open(user, request.workspace),
          ),
          roles: await this.#roles.assignable(request.workspace, tenantId),
          refusedAction: request.refusedAction,
        })
      : skipped(
          'azure-permissions',
          'Needs a working on-behalf-of exchange for ARM (see the checks above).',
        );
    return {
      subject: {
        kind: 'me',
        objectId: user.objectId,
        tenantId: user.tenantId,
        displayName: user.userPrincipalName,
      },
      checks: [signIn.check, consent, guest, azure, backstage],
    };
  }

  async #forOther(
    request: DoctorRequest,
    workspaceId: string,
    tenantId: string,
  ): Promise<{ subject: AccessDoctorSubject; checks: AccessCheck[] }> {
    const notUser =
      request.subject.kind === 'service'
        ? 'Not for the service identity: it signs in without a user.'
        : "Only for the signed-in user's own token; ask them to run the doctor.";
    const roles = await this.#roles.assignable(request.workspace, tenantId);
    const examined = request.subject;
    const { subject, effective, principal } =
      examined.kind === 'user'
        ? await this.#roles.effectiveForPrincipal(
            await this.#signedInAdmin(request),
            request.workspace,
            examined.objectId,
          )
        : await this.#roles.effectiveForService(request.workspace, tenantId);
    return {
      subject,
      checks: [
        skipped('sign-in-token', notUser),
        skipped('app-consent', notUser),
        skipped('guest-account', notUser),
        checkAzurePermissions({
          workspaceId,
          principal,
          effective,
          roles,
          refusedAction: request.refusedAction,
        }),
        skipped(
          'backstage-permissions',
          'The permission policy decides per signed-in request; the access map shows project roles per person.',
        ),
      ],
    };
  }

  /** The administrator's own validated token, to read assignments as them. */
  async #signedInAdmin(request: DoctorRequest): Promise<ValidatedUserToken> {
    return this.#options.validator.validate(request.token);
  }

  async #serviceIdentityCheck(tenantId: string, nowMs: number) {
    const { config, serviceIdentity, clients } = this.#options;
    const { endpoints } = config.cloud;
    return checkServiceIdentity({
      uses: portalCredentialUses(config, serviceIdentity, tenantId),
      readSecrets: appId =>
        readAppSecrets({
          appId,
          tenantIds: config.tenants.map(t => t.tenantId),
          serviceIdentity,
          httpClient: clients.httpClient,
          graph: endpoints.graph,
          graphScope: endpoints.graphScope,
        }),
      nowMs,
    });
  }
}
