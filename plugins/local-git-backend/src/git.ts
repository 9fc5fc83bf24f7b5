/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { execFile } from 'node:child_process';

/** What a git command printed, and how it ended. */
export type GitResult = { code: number; stdout: Buffer; stderr: string };

// Hooks, signing and the user's or system's settings must not change what
// the backend writes.
const FIXED_SETTINGS = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main',
];

/**
 * Runs `git` with the given arguments (no shell), returning its output and
 * exit code rather than throwing on a non-zero exit.
 */
export function runGit(
  args: string[],
  env: Record<string, string> = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...FIXED_SETTINGS, ...args],
      {
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_TERMINAL_PROMPT: '0',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`git could not be run: ${error.message}`));
          return;
        }
        resolve({
          code: error ? Number(error.code) : 0,
          stdout,
          stderr: stderr.toString('utf8').trim(),
        });
      },
    );
  });
}

/** Runs `git`, throwing with its own message when it fails. */
export async function git(
  args: string[],
  env?: Record<string, string>,
): Promise<string> {
  const result = await runGit(args, env);
  if (result.code !== 0) {
    const command = args.find(a => !a.startsWith('-')) ?? 'command';
    throw new Error(`git ${command} failed: ${result.stderr}`);
  }
  return result.stdout.toString('utf8').trim();
}
