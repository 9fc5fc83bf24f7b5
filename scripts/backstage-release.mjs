/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Keeps every @backstage/* package on the versions of one Backstage release.
//
//   node scripts/backstage-release.mjs check
//     Fails unless every @backstage/* package in yarn.lock is at the version
//     the root package.json `resolutions` pin (no network; part of npm test).
//
//   node scripts/backstage-release.mjs pin
//     Recomputes the pins from the workspaces' direct @backstage/* dependencies
//     (exact versions of the release in backstage.json): walks their published
//     manifests and takes, for each package, the highest version any of them
//     asks for. Packages of one release ask for each other's current versions,
//     so this closure is that release's set. Then run `yarn install`.
//
// Why not simply the newest of everything: the registry here carries newer
// packages of a later release but not all of them (e.g. no backend-test-utils
// matching backend-defaults 0.19), and mixing the two releases duplicates core
// packages such as backend-defaults in the tree.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT_MANIFEST = 'package.json';
const isBackstage = name => name.startsWith('@backstage/');

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function workspaceManifests() {
  return ['packages', 'plugins'].flatMap(dir =>
    existsSync(dir)
      ? readdirSync(dir)
          .map(name => `${dir}/${name}/package.json`)
          .filter(existsSync)
      : [],
  );
}

function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function lockedVersions() {
  const lock = readFileSync('yarn.lock', 'utf8');
  const versions = new Map();
  for (const m of lock.matchAll(
    /^"(@backstage\/[^@"]+)@[^\n]*\n {2}version: (\S+)/gm,
  )) {
    versions.set(m[1], [...(versions.get(m[1]) ?? []), m[2]]);
  }
  return versions;
}

function check() {
  const pins = readJson(ROOT_MANIFEST).resolutions ?? {};
  const problems = [];
  for (const [name, versions] of lockedVersions()) {
    const unexpected = versions.filter(v => v !== pins[name]);
    if (unexpected.length > 0) {
      problems.push(
        `${name}: locked ${versions.join(', ')}, pinned ${
          pins[name] ?? 'nowhere'
        }`,
      );
    }
  }
  const release = readJson('backstage.json').version;
  if (problems.length > 0) {
    console.error(
      `@backstage/* packages off Backstage ${release}:\n  ${problems.join(
        '\n  ',
      )}`,
    );
    console.error(
      'Run `node scripts/backstage-release.mjs pin` and `yarn install`.',
    );
    process.exit(1);
  }
  console.log(
    `every @backstage/* package is on Backstage ${release} (${
      lockedVersions().size
    } packages)`,
  );
}

async function manifest(name, version) {
  const { stdout } = await run('npm', ['view', `${name}@${version}`, '--json']);
  const m = JSON.parse(stdout);
  return {
    ...m.dependencies,
    ...m.optionalDependencies,
    ...m.peerDependencies,
  };
}

async function pin() {
  const release = new Map();
  for (const file of [ROOT_MANIFEST, ...workspaceManifests()]) {
    const m = readJson(file);
    for (const deps of [m.dependencies, m.devDependencies]) {
      for (const [name, range] of Object.entries(deps ?? {})) {
        if (isBackstage(name)) release.set(name, range.replace(/^[\^~]/, ''));
      }
    }
  }
  const walked = new Set();
  for (;;) {
    const todo = [...release].filter(([n, v]) => !walked.has(`${n}@${v}`));
    if (todo.length === 0) break;
    for (let i = 0; i < todo.length; i += 12) {
      await Promise.all(
        todo.slice(i, i + 12).map(async ([name, version]) => {
          walked.add(`${name}@${version}`);
          for (const [dep, range] of Object.entries(
            await manifest(name, version),
          )) {
            const base = /(\d+\.\d+\.\d+)/.exec(range)?.[1];
            if (!isBackstage(dep) || !base) continue;
            const current = release.get(dep);
            if (!current || compareVersions(base, current) > 0)
              release.set(dep, base);
          }
        }),
      );
    }
  }
  const root = readJson(ROOT_MANIFEST);
  const others = Object.entries(root.resolutions ?? {}).filter(
    ([n]) => !isBackstage(n),
  );
  root.resolutions = Object.fromEntries([...others, ...[...release].sort()]);
  writeFileSync(ROOT_MANIFEST, `${JSON.stringify(root, null, 2)}\n`);
  console.log(
    `pinned ${release.size} @backstage/* packages; now run yarn install`,
  );
}

const command = process.argv[2];
if (command === 'check') check();
else if (command === 'pin') await pin();
else {
  console.error('usage: node scripts/backstage-release.mjs check|pin');
  process.exit(2);
}
