/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** Ids of demo-estate.json that the Entra tests use. */
export const CONTOSO = '11111111-0000-4000-8000-000000000001';
export const FABRIKAM = '11111111-0000-4000-8000-000000000002';

export const PORTAL_APP_ID = '44444444-0000-4000-8000-000000000001';
export const PORTAL_SECRET = 'emulator-portal-secret';
export const PORTAL_API = `api://${PORTAL_APP_ID}`;
export const PORTAL_REDIRECT_URI =
  'http://localhost:7007/api/auth/microsoft/handler/frame';
export const PORTAL_WORKLOAD_SUBJECT =
  'system:serviceaccount:backstage:backstage-portal';

export const LEGACY_CI_APP_ID = '44444444-0000-4000-8000-000000000002';
export const LEGACY_CI_SECRET = 'emulator-ci-secret';
export const LEGACY_CI_EXPIRED_SECRET = 'emulator-expired-ci-secret';

export const TOOL_APP_ID = '44444444-0000-4000-8000-000000000003';
export const TOOL_SECRET = 'emulator-tool-secret';
export const TOOL_API = `api://${TOOL_APP_ID}`;

export const ALICE = '22222222-0000-4000-8000-000000000001';
export const BOB = '22222222-0000-4000-8000-000000000002';
export const CAROL = '22222222-0000-4000-8000-000000000003';
export const GRACE = '22222222-0000-4000-8000-000000000011';
export const BOB_GUEST_IN_FABRIKAM = '22222222-0000-4000-8000-000000000102';

export const PORTAL_MI_CLIENT_ID = '66666666-0000-4000-8000-000000000001';
export const PORTAL_MI_PRINCIPAL_ID = '66666666-1111-4000-8000-000000000001';
export const VISION_MI_CLIENT_ID = '66666666-0000-4000-8000-000000000002';
export const VISION_MI_PRINCIPAL_ID = '66666666-1111-4000-8000-000000000002';
export const VISION_MI_RESOURCE_ID =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.ManagedIdentity/userAssignedIdentities/vision-ci-mi';
