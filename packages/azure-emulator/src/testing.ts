/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Helpers for other packages' tests: start an emulator this process trusts,
// sign a demo user in as a browser would, look up demo ids.
export { startTestEmulator, tempDir } from './testing/startTestEmulator';
export { demoIds } from './testing/demoIds';
export { userAccessToken, userCredential } from './testing/testTokens';
export { signInForTokens, type SignIn } from './entra/testing/browserSignIn';
export { portalUserToken } from './testing/portalUserToken';
export { azureMlConfigFor } from './testing/azureMlConfigFor';
