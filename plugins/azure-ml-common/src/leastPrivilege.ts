/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A custom role definition in the format `az role definition create
 * --role-definition` and `New-AzRoleDefinition -InputFile` take.
 *
 * @public
 */
export interface AzureCustomRoleDefinition {
  /** The role's name, unique in the tenant. */
  Name: string;
  IsCustom: true;
  Description: string;
  /** The control-plane actions the role grants. */
  Actions: string[];
  NotActions: string[];
  DataActions: string[];
  NotDataActions: string[];
  /** Where it may be assigned: the workspace. */
  AssignableScopes: string[];
}

/**
 * Whom a recommended role is for: a catalog group (each of whose members'
 * actions count), or one principal that belongs to no catalog group (a
 * service principal or managed identity seen in the Activity Log, or a user
 * the catalog does not know).
 *
 * @public
 */
export interface AzureMlLeastPrivilegeSubject {
  kind: 'group' | 'principal';
  /** For a group: its catalog entity ref; for a principal known to the catalog: the user's. */
  entityRef?: string;
  /** For a group: its Entra object id (its `graph.microsoft.com/group-id`), when known; for a principal: its Entra object id. */
  objectId?: string;
  /** For a principal: the Entra tenant of its object id. */
  tenantId?: string;
  /** For a principal: how Azure named the caller (a UPN, or an app or object id). */
  name?: string;
}

/**
 * A principal whose actions a recommended role covers.
 *
 * @public
 */
export interface AzureMlLeastPrivilegePrincipal {
  /** The Entra object id. */
  objectId: string;
  /** The catalog user, when the catalog knows the object id. */
  userEntityRef?: string;
  /** How many succeeded events of the window are theirs. */
  events: number;
}

/**
 * The Azure actions one group (or ungrouped principal) used in a workspace
 * during the window, and the custom role that covers exactly them.
 *
 * @public
 */
export interface AzureMlLeastPrivilegeRole {
  subject: AzureMlLeastPrivilegeSubject;
  /** Whose actions count, by object id. */
  principals: AzureMlLeastPrivilegePrincipal[];
  /** Every Azure action used, once, in Azure's spelling, sorted. */
  usedActions: string[];
  /** A custom role granting exactly `usedActions`, assignable at the workspace. */
  roleDefinition: AzureCustomRoleDefinition;
}

/**
 * One role a principal holds at the workspace (assigned there, or inherited
 * from its resource group or subscription).
 *
 * @public
 */
export interface AzureMlHeldRole {
  /** The role assignment's ARM id. */
  assignmentId: string;
  /** Where the role is assigned. */
  scope: string;
  /** Whether it is assigned above the workspace. */
  inherited: boolean;
  /** The role definition's ARM id. */
  roleDefinitionId: string;
  roleName: string;
  /** `BuiltInRole` or `CustomRole`. */
  roleType: string;
}

/**
 * What a principal with a role assignment at the workspace holds, against
 * what its group used.
 *
 * @public
 */
export interface AzureMlPrincipalPrivileges {
  /** The Entra object id of the user, group or service principal assigned. */
  principalId: string;
  /** `User`, `Group` or `ServicePrincipal`, as the assignment says. */
  principalType: string;
  /** The catalog user or group, when the catalog knows the object id. */
  entityRef?: string;
  /** The roles assigned to this principal itself that apply at the workspace. */
  roles: AzureMlHeldRole[];
  /**
   * Whose usage it is compared with: the entity refs of the catalog groups
   * (the group itself, or a user's groups), or the principal's own object id
   * when it belongs to no group.
   */
  comparedWith: string[];
  /**
   * The Microsoft.MachineLearningServices write and action permissions its
   * roles grant that nobody it is compared with used in the window: the
   * matrix's concrete actions its roles grant, and the actions its roles
   * name (a wildcard pattern as the pattern, when no used action matches it).
   */
  unusedActions: string[];
  /**
   * Actions used by those it is compared with that its current assignments
   * (its own and, for a user, its groups') do not grant.
   */
  notGranted: string[];
}

/**
 * The least-privilege advice for one workspace over a window: the Azure
 * actions each group actually used, a custom role for each that covers
 * exactly them, and what the current role assignments grant beyond that.
 *
 * @public
 */
export interface AzureMlLeastPrivilegeReport {
  /** The workspace's ARM id. */
  workspaceId: string;
  /** The window's start, ISO 8601 (inclusive). */
  from: string;
  /** The window's end, ISO 8601 (exclusive). */
  to: string;
  /**
   * What the advice rests on: the audit ledger and the imported Activity Log
   * record writes, not reads, so each role covers the writes only and is
   * meant to be assigned together with Reader.
   */
  note: string;
  /** How many succeeded events of the workspace in the window were read. */
  eventCount: number;
  /** Events that name no Entra object id, and so no principal to attribute them to. */
  unattributedEvents: number;
  /** One per catalog group with activity, then one per ungrouped principal. */
  roles: AzureMlLeastPrivilegeRole[];
  /** Every principal with a role assignment that applies at the workspace. */
  assignments: AzureMlPrincipalPrivileges[];
  /**
   * Why `assignments` is empty when Azure refused to list the role
   * assignments to the signed-in user (which needs
   * `Microsoft.Authorization/roleAssignments/read`, as Reader grants).
   */
  assignmentsUnavailable?: string;
}
