/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  type AccessDenial,
  type AzureMlFeatureAccess,
  type AzureMlPortalFeature,
  type AzureMlPortalFeatureRequirement,
  type AzureMlWorkspaceAccess,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { isRestError } from '@azure/core-rest-pipeline';
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { CatalogEntityRefs } from './CatalogEntityRefs';
import {
  evaluateAzureActions,
  type AzurePermissionSet,
} from './evaluateAzureActions';
import {
  backstageDenialMessage,
  permissionAction,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { toBackstageAzureError } from './toBackstageAzureError';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * The resource whose access is asked for: the workspace itself, or one of
 * its online endpoints. `id` is its ARM id.
 *
 * @internal
 */
export type AccessTarget =
  | { entity: 'workspace'; id: string }
  | { entity: 'onlineEndpoint'; id: string; endpointName: string };

/** How messages and catalog lookups name each kind of resource. */
const KIND_WORDS: Record<AccessTarget['entity'], string> = {
  workspace: 'workspace',
  onlineEndpoint: 'online endpoint',
};

/** Each feature in words, as the subject of a sentence. */
const FEATURE_WORDS: Record<AzureMlPortalFeature, string> = {
  'job.cancel': 'cancelling jobs',
  'job.submit': 'submitting jobs',
  'data.register': 'registering data assets',
  'model.register': 'registering models',
  'environment.create': 'creating environments',
  'endpoint.traffic.update': 'changing the traffic of an online endpoint',
  'endpoint.deployment.create': 'adding a deployment to an online endpoint',
};

type Feature = {
  feature: AzureMlPortalFeature;
  requirement: AzureMlPortalFeatureRequirement;
};

/** What Azure said about the user's permissions at the scope. */
type AzureAnswer = { permissions: AzurePermissionSet[] } | { refusal: string };

const PROVIDER = 'Microsoft.MachineLearningServices';

/** The features of the matrix that are authorized on this kind of entity. */
function featuresOn(entity: AccessTarget['entity']): Feature[] {
  return (
    Object.entries(azureMlPortalFeatureRequirements) as [
      AzureMlPortalFeature,
      AzureMlPortalFeatureRequirement,
    ][]
  )
    .filter(([, requirement]) => requirement.entity === entity)
    .map(([feature, requirement]) => ({ feature, requirement }));
}

/** The target as `listForResource` names it, below the resource group. */
function armPathOf(target: AccessTarget, workspaceName: string) {
  return target.entity === 'workspace'
    ? { parent: '', type: 'workspaces', name: workspaceName }
    : {
        parent: `workspaces/${workspaceName}`,
        type: 'onlineEndpoints',
        name: target.endpointName,
      };
}

function azureDenial(
  { feature, requirement }: Feature,
  scope: string,
  answer: AzureAnswer,
): AccessDenial | undefined {
  if ('refusal' in answer) {
    return {
      side: 'azure',
      action: requirement.azureActions[0],
      scope,
      message: answer.refusal,
    };
  }
  const [missing] = evaluateAzureActions(
    answer.permissions,
    requirement.azureActions,
  );
  if (missing === undefined) return undefined;
  return {
    side: 'azure',
    action: missing,
    scope,
    message: `Azure RBAC does not grant '${missing}' on '${scope}'; ${FEATURE_WORDS[feature]} needs a role assignment that grants it, for example AzureML Data Scientist`,
  };
}

/**
 * Tells which portal features the user may use on a workspace or one of its
 * online endpoints, and if not which lock refuses and why: first the
 * Backstage permission policy on the resource's catalog entity, then Azure
 * RBAC from the user's effective permissions at the resource, read as the
 * user. Nothing is cached: every answer is read fresh.
 *
 * @internal
 */
export class AccessService {
  readonly #permissions: PermissionsService;
  readonly #entityRefs: CatalogEntityRefs;

  constructor(options: {
    permissions: PermissionsService;
    entityRefs: CatalogEntityRefs;
  }) {
    this.#permissions = options.permissions;
    this.#entityRefs = options.entityRefs;
  }

  /**
   * The access of the session's user to `target`, one entry per feature
   * authorized on its kind of entity, in the order of the feature matrix.
   *
   * @throws errors of Azure other than a 403 to the permissions read, mapped
   *   by `toBackstageAzureError`.
   */
  async check(
    session: WorkspaceSession,
    credentials: BackstageCredentials,
    target: AccessTarget,
  ): Promise<AzureMlWorkspaceAccess> {
    const features = featuresOn(target.entity);
    const backstage = await this.#backstageDenials(
      credentials,
      target,
      features,
    );
    // Read once, and only when Backstage leaves something for Azure to decide.
    let azure: Promise<AzureAnswer> | undefined;
    const readAzure = () =>
      (azure ??= this.#readAzurePermissions(session, target));
    const entries: AzureMlFeatureAccess[] = [];
    for (const [i, feature] of features.entries()) {
      const denial =
        backstage[i] ?? azureDenial(feature, target.id, await readAzure());
      entries.push(
        denial
          ? { feature: feature.feature, allowed: false, denial }
          : { feature: feature.feature, allowed: true },
      );
    }
    return { scope: target.id, features: entries };
  }

  /** Backstage's refusal of each feature, `undefined` where it allows it. */
  async #backstageDenials(
    credentials: BackstageCredentials,
    target: AccessTarget,
    features: Feature[],
  ): Promise<(AccessDenial | undefined)[]> {
    const denial = (
      { requirement }: Feature,
      message: string,
      scope?: string,
    ): AccessDenial => ({
      side: 'backstage',
      permission: requirement.permission.name,
      action: permissionAction(requirement.permission),
      ...(scope ? { scope } : {}),
      message,
    });
    let resourceRef: string;
    try {
      resourceRef = await this.#entityRefs.forResource(
        target.id,
        KIND_WORDS[target.entity],
      );
    } catch (error) {
      // No entity: the write routes fail closed, and so does the answer.
      if (isError(error) && error.name === 'NotAllowedError') {
        return features.map(feature => denial(feature, error.message));
      }
      throw error;
    }
    const decisions = await this.#permissions.authorize(
      features.map(({ requirement }) => ({
        permission: requirement.permission,
        resourceRef,
      })),
      { credentials },
    );
    return features.map((feature, i) =>
      decisions[i].result === AuthorizeResult.ALLOW
        ? undefined
        : denial(
            feature,
            backstageDenialMessage(feature.requirement.permission, resourceRef),
            resourceRef,
          ),
    );
  }

  /**
   * The user's effective permissions at the target, in one read as the
   * user; a 403 to the read itself refuses everything, with Azure's words.
   */
  async #readAzurePermissions(
    session: WorkspaceSession,
    target: AccessTarget,
  ): Promise<AzureAnswer> {
    const { workspaceName } = session.workspace;
    const path = armPathOf(target, workspaceName);
    const what = `Read your Azure permissions on ${KIND_WORDS[target.entity]} ${
      path.name
    }`;
    return session.callAuthorization(what, async (client, resourceGroup) => {
      try {
        const permissions: AzurePermissionSet[] = [];
        for await (const set of client.permissions.listForResource(
          resourceGroup,
          PROVIDER,
          path.parent,
          path.type,
          path.name,
        )) {
          permissions.push(set);
        }
        return { permissions };
      } catch (error) {
        if (isRestError(error) && error.statusCode === 403) {
          return { refusal: toBackstageAzureError(error, what).message };
        }
        throw error;
      }
    });
  }
}
