/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';

/** A repository of the local git host: `<owner>/<name>`. */
export type RepositoryName = { owner: string; name: string };

// Letters, digits, ".", "_" and "-", starting and ending with a letter or
// digit: safe as a folder name and in a URL, and valid on the common git hosts.
const SEGMENT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;

function isSegment(value: string): boolean {
  return (
    SEGMENT.test(value) && !value.includes('..') && !value.endsWith('.git')
  );
}

/** Whether `owner` and `name` name a repository of the local git host. */
export function isRepositoryName(owner: string, name: string): boolean {
  return isSegment(owner) && isSegment(name);
}

/**
 * Parses `<owner>/<name>`.
 *
 * @throws InputError naming the rule the value breaks.
 */
export function parseRepositoryName(value: string): RepositoryName {
  const [owner, name, ...rest] = value.split('/');
  if (rest.length || name === undefined || !isRepositoryName(owner, name)) {
    throw new InputError(
      `Repository "${value}" must be <owner>/<name>: each 1-100 letters, digits, ".", "_" or "-", starting and ending with a letter or digit, without ".." or a ".git" ending`,
    );
  }
  return { owner, name };
}

/** `<owner>/<name>`. */
export function formatRepositoryName(repo: RepositoryName): string {
  return `${repo.owner}/${repo.name}`;
}

// A branch name or a commit id: no "..", no leading "-" or "/".
const REF = /^(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9_][A-Za-z0-9._/-]{0,199}$/;

/** Whether `ref` can be used as a branch name or commit id. */
export function isRef(ref: string): boolean {
  return REF.test(ref) && !ref.endsWith('/') && !ref.endsWith('.lock');
}

/** Whether `path` is a relative path inside a repository (no "..", no "."). */
export function isRepositoryPath(path: string): boolean {
  const segments = path.split('/');
  return (
    path.length > 0 &&
    path.length <= 4096 &&
    segments.every(
      s => s !== '' && s !== '.' && s !== '..' && !s.includes('\0'),
    )
  );
}
