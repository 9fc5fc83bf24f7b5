/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { DEMO_ESTATE_PATH } from '../demo/demoEstate';

let stories: Map<string, string> | undefined;

/**
 * What a demo user is for (`story` in demo-estate.json), shown on the
 * sign-in page so a person picks the right account. Not part of the state.
 */
export function demoStoryOf(objectId: string): string | undefined {
  if (!stories) {
    const demo = JSON.parse(readFileSync(DEMO_ESTATE_PATH, 'utf8'));
    stories = new Map(
      (demo.users ?? []).map((u: { objectId: string; story?: string }) => [
        u.objectId,
        u.story ?? '',
      ]),
    );
  }
  return stories.get(objectId) || undefined;
}
