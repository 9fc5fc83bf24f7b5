/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlPortalFeature } from './portalFeatures';

/**
 * A project role someone holds, shown on the access map: how it is held
 * and whether it applies to the workspace's entity.
 *
 * @public
 */
export interface AzureMlAccessMapProjectRole {
  /** The role's name, for example `developer`. */
  role: string;
  /**
   * How it is held: `default` (every signed-in user holds the default role),
   * or through an assignment of `group` that applies on the entities the
   * group owns (`owned`) or on every Azure ML entity (`everywhere`).
   */
  scope: 'owned' | 'everywhere' | 'default';
  /** The catalog group whose assignment gives the role; absent for the default role. */
  group?: string;
  /**
   * Whether the role's permissions on the workspace's entity (its portal
   * features) apply here. Its reads apply everywhere either way.
   */
  appliesHere: boolean;
}

/**
 * One Azure role assignment that reaches a principal at the workspace.
 *
 * @public
 */
export interface AzureMlAccessMapRoleAssignment {
  /** The role assignment's ARM id. */
  id: string;
  /** The role's name, for example `AzureML Data Scientist`. */
  roleName: string;
  /** The role definition's ARM id. */
  roleDefinitionId: string;
  /** Where it is assigned: the workspace, or a scope above it. */
  scope: string;
  /** Whether it is assigned above the workspace (resource group, subscription) and inherited. */
  inherited: boolean;
  /** The Entra object id it is assigned to. */
  principalId: string;
  /**
   * When it reaches the principal through a group it is a member of: that
   * group's catalog entity ref.
   */
  viaGroup?: string;
  /**
   * Whether it grants only excess: none of the Azure actions the
   * principal's project role needs here and at least one write it does not
   * need, so that removing it would take no portal feature away.
   */
  onlyExcess: boolean;
}

/**
 * An Azure write action granted beyond what the project role needs here.
 *
 * @public
 */
export interface AzureMlAccessMapExcessAction {
  /** The Azure RBAC action, for example `Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write`. */
  action: string;
  /** The ids of the role assignments that grant it. */
  grantedBy: string[];
}

/**
 * An Azure action the project role's features need here and Azure does not
 * grant.
 *
 * @public
 */
export interface AzureMlAccessMapMissingAction {
  /** The Azure RBAC action. */
  action: string;
  /**
   * The portal features that need it; empty for
   * `Microsoft.MachineLearningServices/workspaces/read`, which every role
   * that reads the workspace needs.
   */
  features: AzureMlPortalFeature[];
}

/**
 * Where the project role and Azure RBAC disagree, both ways.
 *
 * @public
 */
export interface AzureMlAccessMapDrift {
  /** Azure grants these writes, which the project role does not need here. */
  excess: AzureMlAccessMapExcessAction[];
  /** The project role needs these actions here, which Azure does not grant. */
  missing: AzureMlAccessMapMissingAction[];
}

/**
 * A person, group or other principal on the access map of a workspace.
 *
 * @public
 */
export interface AzureMlAccessMapPrincipal {
  /**
   * A catalog user or group, or another Azure principal (a service
   * principal, a managed identity, or an account the catalog does not know).
   */
  kind: 'user' | 'group' | 'other';
  /** The catalog entity ref, for users and groups. */
  entityRef?: string;
  /** A name to show: the profile's display name, or the object id. */
  displayName: string;
  /** The Entra object id, where known. */
  objectId?: string;
  /** For another principal: Azure's principal type, for example `ServicePrincipal`. */
  principalType?: string;
  /** For a user: the catalog groups they are a member of that appear on the map. */
  memberOf?: string[];
  /** The project roles held, the default role first. */
  projectRoles: AzureMlAccessMapProjectRole[];
  /** The portal features those roles allow here, in the order of the feature matrix. */
  features: AzureMlPortalFeature[];
  /** The Azure role assignments that reach the principal here, its groups' included. */
  roleAssignments: AzureMlAccessMapRoleAssignment[];
  /** Where the project role and Azure disagree; absent when Azure's assignments could not be read. */
  drift?: AzureMlAccessMapDrift;
}

/**
 * Whether the workspace's Azure role assignments could be read as the
 * signed-in user, and if not, Azure's reason.
 *
 * @public
 */
export type AzureMlAccessMapAzureStatus =
  | { status: 'read' }
  | { status: 'refused'; message: string };

/**
 * Who can do what where: for one workspace, the people and groups holding a
 * project role there, the portal features it allows, their Azure role
 * assignments, and where the two disagree.
 *
 * @public
 */
export interface AzureMlAccessMap {
  /** The workspace's ARM id. */
  workspaceId: string;
  /** The workspace's catalog entity, when the catalog has one. */
  entityRef?: string;
  /** The owner of that entity, whose `owned` roles apply here. */
  owner?: string;
  /** Whether project roles are configured (`azureMl.projectRoles`); when not, nobody holds one. */
  projectRolesConfigured: boolean;
  /** The role every signed-in user holds, when configured. */
  defaultRole?: string;
  /** Whether Azure's role assignments were read. */
  azure: AzureMlAccessMapAzureStatus;
  /** Groups first, then users, then other principals, each by display name. */
  principals: AzureMlAccessMapPrincipal[];
}
