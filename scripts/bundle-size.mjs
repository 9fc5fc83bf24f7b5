/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Prints how much of the app's production bundle the Azure ML frontend
// plugin takes, and checks that its views load lazily: none of their code
// may sit in the chunks the app's index.html loads up front.
//
// Run after `yarn build:all` (or `yarn workspace app build`):
//   node scripts/bundle-size.mjs

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve('packages/app/dist');
const staticDir = path.join(dist, 'static');

// Strings only the plugin's lazily loaded views contain (headings and test
// ids), so a chunk holding one of them holds those views.
const lazyMarkers = [
  'Machine learning hub',
  'Comparing ',
  'model-lineage',
  'job-metrics',
  'Shift traffic',
  'Chain verified',
  'Latest activity',
];
// The plugin's definition and API, which are loaded up front by design.
const eagerMarker = 'plugin.azure-ml.service';

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function chunk(file) {
  const code = readFileSync(path.join(staticDir, file), 'utf8');
  return {
    file,
    code,
    bytes: statSync(path.join(staticDir, file)).size,
    gzip: gzipSync(code).length,
  };
}

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initialFiles = new Set(
  [...html.matchAll(/src="[^"]*\/static\/([^"]+\.js)"/g)].map(m => m[1]),
);
const chunks = readdirSync(staticDir)
  .filter(file => file.endsWith('.js'))
  .map(chunk);

const initial = chunks.filter(c => initialFiles.has(c.file));
const plugin = chunks.filter(c => lazyMarkers.some(m => c.code.includes(m)));
const leaked = initial.filter(c => lazyMarkers.some(m => c.code.includes(m)));
const sum = (list, field) => list.reduce((total, c) => total + c[field], 0);

console.log(
  `initial chunks (index.html): ${initial.length}, ${kib(
    sum(initial, 'bytes'),
  )} (${kib(sum(initial, 'gzip'))} gzip)`,
);
console.log(
  `  the plugin's definition and API are in them: ${initial.some(c =>
    c.code.includes(eagerMarker),
  )}`,
);
console.log(
  `lazy chunks holding the plugin's views: ${plugin.length}, ${kib(
    sum(plugin, 'bytes'),
  )} (${kib(sum(plugin, 'gzip'))} gzip)`,
);
for (const c of plugin) {
  console.log(`  ${c.file}: ${kib(c.bytes)} (${kib(c.gzip)} gzip)`);
}
console.log(`all chunks: ${chunks.length}, ${kib(sum(chunks, 'bytes'))}`);

if (plugin.length === 0) {
  console.error('No chunk holds the plugin views: is the app built?');
  process.exit(1);
}
if (leaked.length > 0) {
  console.error(
    `The plugin's views are in the initial chunks: ${leaked
      .map(c => c.file)
      .join(', ')}`,
  );
  process.exit(1);
}
