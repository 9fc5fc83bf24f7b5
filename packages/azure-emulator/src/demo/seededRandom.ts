/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash } from 'node:crypto';

/** A GUID derived from a seed text (the same text gives the same GUID). */
export function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(
    17,
    20,
  )}-${h.slice(20, 32)}`;
}

/** Hex digits derived from a seed text, e.g. for resource name suffixes. */
export function hexFrom(seed: string, length: number): string {
  return createHash('sha1').update(seed).digest('hex').slice(0, length);
}

/**
 * A pseudo-random sequence in [0, 1) fixed by a seed text (mulberry32), so
 * generated demo data is the same on every run.
 */
export function seededRandom(seed: string): () => number {
  let a = createHash('sha1').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const ADJECTIVES = [
  'amiable',
  'bold',
  'brave',
  'calm',
  'clever',
  'eager',
  'gentle',
  'happy',
  'jolly',
  'keen',
  'lucid',
  'mellow',
  'nifty',
  'polite',
  'quirky',
  'sunny',
  'tender',
  'upbeat',
  'witty',
  'zesty',
];
const NOUNS = [
  'apple',
  'basil',
  'cherry',
  'date',
  'fig',
  'ginger',
  'grape',
  'kiwi',
  'lemon',
  'lime',
  'mango',
  'melon',
  'olive',
  'papaya',
  'pear',
  'plum',
  'quince',
  'raisin',
  'squash',
  'yam',
];

/** A job name as Azure ML generates them: `brave_lemon_x5k2q1w9`. */
export function generatedJobName(random: () => number): string {
  const suffix = Array.from({ length: 8 }, () =>
    pick(random, [...'abcdefghijklmnopqrstuvwxyz0123456789']),
  ).join('');
  return `${pick(random, ADJECTIVES)}_${pick(random, NOUNS)}_${suffix}`;
}
