/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ML_TYPES } from '../arm/ml/mlIds';
import { createDemoState } from './demoEstate';

describe('the scale estate', () => {
  it('adds 200 workspaces with full asset sets in well under 5 seconds', () => {
    const started = Date.now();
    const state = createDemoState({
      baseUrl: 'https://localhost:7443',
      epochMs: Date.parse('2026-03-02T09:00:00Z'),
      scale: 200,
    });
    expect(Date.now() - started).toBeLessThan(5000);

    const workspaces = state.listByScope('/subscriptions', ML_TYPES.workspace);
    expect(workspaces).toHaveLength(204);
    const scale = workspaces.filter(w => w.name.startsWith('mlw-scale-'));
    const bySubscription = (sub: string) =>
      scale.filter(w => w.id.startsWith(`/subscriptions/${sub}/`)).length;
    expect([
      bySubscription('55555555-0000-4000-8000-000000000001'),
      bySubscription('55555555-0000-4000-8000-000000000002'),
      bySubscription('55555555-0000-4000-8000-000000000011'),
    ]).toEqual([67, 67, 66]);
    expect(new Set(scale.map(w => w.id.split('/')[4]))).toEqual(
      new Set(
        Array.from(
          { length: 20 },
          (_, i) => `rg-scale-${String(i).padStart(2, '0')}`,
        ),
      ),
    );
    expect(
      state.resourceGroups.has(
        '/subscriptions/55555555-0000-4000-8000-000000000011/resourcegroups/rg-scale-19',
      ),
    ).toBe(true);
    expect(state.listByScope('/subscriptions', ML_TYPES.job)).toHaveLength(
      204 * 15,
    );
    expect(state.jobTimelines.size).toBe(204 * 15);
    expect(
      state.listByScope('/subscriptions', ML_TYPES.modelVersion),
    ).toHaveLength(204 * 6);
    expect(state.resourceCount()).toBe(9879);
  });

  it('gives each generated workspace at least the assets asked for', () => {
    const state = createDemoState({
      baseUrl: 'https://localhost:7443',
      epochMs: Date.parse('2026-03-02T09:00:00Z'),
      scale: 3,
      scaleAssets: { modelVersions: 41, dataVersions: 30, onlineEndpoints: 5 },
    });
    const scaled = state
      .listByScope('/subscriptions', ML_TYPES.workspace)
      .filter(w => w.name.startsWith('mlw-scale-'));
    expect(scaled).toHaveLength(3);
    for (const w of scaled) {
      const count = (type: string) => state.listByScope(w.id, type).length;
      expect(count(ML_TYPES.modelVersion)).toBe(41);
      expect(count(ML_TYPES.dataVersion)).toBe(30);
      expect(count(ML_TYPES.onlineEndpoint)).toBe(5);
      // Copies keep their jobs: no new job names.
      const jobs = new Set(
        state
          .listByScope(w.id, ML_TYPES.modelVersion)
          .map(v => (v.properties as { jobName: string }).jobName),
      );
      expect(jobs.size).toBeLessThanOrEqual(6);
      for (const e of state.listByScope(w.id, ML_TYPES.onlineEndpoint)) {
        expect(e.id).toBe(`${w.id}/onlineEndpoints/${e.name}`);
        const deployments = state.listChildren(e.id, ML_TYPES.onlineDeployment);
        expect(deployments.length).toBeGreaterThan(0);
        for (const d of deployments)
          expect(d.id.startsWith(`${e.id}/`)).toBe(true);
      }
    }
    const models = state.listChildren(scaled[0].id, ML_TYPES.modelContainer);
    expect(
      state.listChildren(models[0].id, ML_TYPES.modelVersion).map(v => v.name),
    ).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
  });
});
