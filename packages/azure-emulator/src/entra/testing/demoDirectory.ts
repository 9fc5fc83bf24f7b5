/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { demoIds } from '../../testing/demoIds';

const secretOf = (app: any, displayName: string): string => {
  const credential = app.passwordCredentials.find(
    (c: { displayName: string }) => c.displayName === displayName,
  );
  if (!credential) throw new Error(`no secret '${displayName}'`);
  return credential.secretText;
};

/** Ids of demo-estate.json that the Entra tests use. */
export const CONTOSO = demoIds.tenant('contoso');
export const FABRIKAM = demoIds.tenant('fabrikam');

const portal = demoIds.app('backstage-portal');
export const PORTAL_APP_ID: string = portal.appId;
export const PORTAL_SECRET = secretOf(portal, 'portal local secret');
export const PORTAL_API = `api://${PORTAL_APP_ID}`;
export const PORTAL_REDIRECT_URI: string = portal.redirectUris[0];
export const PORTAL_WORKLOAD_SUBJECT: string =
  portal.federatedCredentials[0].subject;

const legacyCi = demoIds.app('legacy-ml-ci');
export const LEGACY_CI_APP_ID: string = legacyCi.appId;
export const LEGACY_CI_SECRET = secretOf(legacyCi, 'ci (rotating soon)');
export const LEGACY_CI_EXPIRED_SECRET = secretOf(legacyCi, 'ci (expired)');

const tool = demoIds.app('unconsented-tool');
export const TOOL_APP_ID: string = tool.appId;
export const TOOL_SECRET = secretOf(tool, 'tool secret');
export const TOOL_API = `api://${TOOL_APP_ID}`;

export const ALICE = demoIds.user('alice');
export const BOB = demoIds.user('bob');
export const CAROL = demoIds.user('carol');
export const GRACE = demoIds.user('grace');
export const BOB_GUEST_IN_FABRIKAM = demoIds.user('bob-guest');

const portalMi = demoIds.managedIdentity('backstage-portal-mi');
export const PORTAL_MI_CLIENT_ID: string = portalMi.clientId;
export const PORTAL_MI_PRINCIPAL_ID: string = portalMi.principalId;

const visionMi = demoIds.managedIdentity('vision-ci-mi');
export const VISION_MI_CLIENT_ID: string = visionMi.clientId;
export const VISION_MI_PRINCIPAL_ID: string = visionMi.principalId;
export const VISION_MI_RESOURCE_ID = `/subscriptions/${demoIds.subscription(
  visionMi.subscription,
)}/resourceGroups/${
  visionMi.resourceGroup
}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${visionMi.name}`;
