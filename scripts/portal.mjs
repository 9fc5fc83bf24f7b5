/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Where the locally started portal answers, and how to tell that it is up.

/** The portal's local addresses, as app-config.yaml sets them. */
export const portalUrls = {
  frontend: 'http://localhost:3000',
  backend: 'http://localhost:7007',
  readiness: 'http://localhost:7007/.backstage/health/v1/readiness',
};

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Resolves once the frontend answers 200 and the backend reports ready.
 * Rejects when `isAlive` says the starting process died, or on timeout.
 */
export async function waitForPortal({ timeoutMs, isAlive = () => true }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive())
      throw new Error('the portal process exited before it was up');
    const [frontend, backend] = await Promise.all([
      answers(portalUrls.frontend),
      answers(portalUrls.readiness),
    ]);
    if (frontend && backend) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(`the portal was not up within ${timeoutMs / 1000}s`);
}
