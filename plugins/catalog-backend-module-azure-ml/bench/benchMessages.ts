/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The IPC messages between the ingestion benchmark and its emulator process,
// typed: Backstage's module loader sends its own on the same channel.

/** What the provider must read of the estate, counted in the emulator's state. */
export type EstateFigures = {
  workspaces: number;
  modelContainers: number;
  modelVersions: number;
  dataContainers: number;
  dataVersions: number;
  environments: number;
  computes: number;
  onlineEndpoints: number;
  onlineDeployments: number;
  /** List pages the provider needs at least: per list, ceil(items / page size), 1 for an empty list. */
  minListPages: number;
  /** Single reads it needs: the latest version of each data asset, and each job that registered a model version. */
  gets: number;
};

/** The emulator is up. */
export type EmulatorReady = {
  type: 'azure-emulator-ready';
  https: string;
  caPath: string;
  pageSize: number;
  estate: EstateFigures;
};

/** What the emulator counted, on request. */
export type EmulatorCounts = {
  type: 'azure-emulator-counts';
  armRequests: number;
  throttled: number;
};

/** Asks the emulator for its {@link EmulatorCounts}. */
export type CountsRequest = { type: 'azure-emulator-counts-request' };

export function isMessage<T extends { type: string }>(
  message: unknown,
  type: T['type'],
): message is T {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === type
  );
}
