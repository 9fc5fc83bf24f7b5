/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * How much code the action uploads at most. Code is what a job runs, not
 * its data: data belongs in a data asset.
 *
 * @internal
 */
export const CODE_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

/** One file of a code folder: its path in the folder (with `/`) and its bytes. */
export type CodeFile = { path: string; content: Buffer };

/**
 * A folder of the task workspace to upload as a job's code, read in full:
 * its files (without `.git`), their total size and the hash that names the
 * upload.
 *
 * @internal
 */
export type CodeFolder = {
  /** As the template gave it, e.g. `./src`. */
  codePath: string;
  /** The folder's own name, the last part of its upload path, e.g. `src`. */
  name: string;
  /** In path order. */
  files: CodeFile[];
  totalBytes: number;
  /** SHA-256 of the files' paths and contents, in hex, short: names the upload. */
  hash: string;
};

/** Sizes in words, e.g. `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether `target` is `root` or lies inside it. */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (!relative.startsWith('..') && !path.isAbsolute(relative))
  );
}

/** The hash of a folder's files: their paths and contents, unambiguously. */
function folderHash(files: CodeFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file.path}\0${file.content.length}\0`);
    hash.update(file.content);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Walks a folder, following links that stay inside the task workspace. */
class FolderWalk {
  readonly files: { path: string; absolute: string; size: number }[] = [];
  totalBytes = 0;
  readonly #visited = new Set<string>();

  constructor(
    private readonly workspaceRoot: string,
    private readonly codePath: string,
  ) {}

  async walk(directory: string, relative: string): Promise<void> {
    const real = await realpath(directory);
    if (this.#visited.has(real)) return;
    this.#visited.add(real);
    const entries = await readdir(directory, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const absolute = path.join(directory, entry.name);
      const inFolder = relative ? `${relative}/${entry.name}` : entry.name;
      const target = entry.isSymbolicLink()
        ? await this.#followLink(absolute, inFolder)
        : await lstat(absolute);
      if (target.isDirectory()) await this.walk(absolute, inFolder);
      else if (target.isFile()) this.#add(inFolder, absolute, target.size);
    }
  }

  async #followLink(absolute: string, inFolder: string) {
    const target = await realpath(absolute).catch(() => undefined);
    if (!target || !isInside(this.workspaceRoot, target)) {
      throw new InputError(
        `codePath ${this.codePath}: ${inFolder} is a link to ${
          target ? 'a place outside the task workspace' : 'nothing'
        }; the action uploads only what is inside the task workspace, so copy the file in or remove the link`,
      );
    }
    return stat(target);
  }

  #add(inFolder: string, absolute: string, size: number) {
    this.totalBytes += size;
    if (this.totalBytes > CODE_UPLOAD_LIMIT_BYTES) {
      throw new InputError(
        `codePath ${this.codePath} holds more than ${formatBytes(
          CODE_UPLOAD_LIMIT_BYTES,
        )} of files, and the action uploads at most that much code; keep data and models out of the code folder (register them as data assets) or point codePath at the folder with the code only`,
      );
    }
    this.files.push({ path: inFolder, absolute, size });
  }
}

/**
 * Reads a folder of the task workspace for upload as a job's code: every
 * file below it except `.git`, following links only as far as they stay in
 * the task workspace, at most {@link CODE_UPLOAD_LIMIT_BYTES} in all.
 *
 * @param workspacePath - The task workspace.
 * @param codePath - The folder, relative to it (the schema refuses absolute
 *   paths and `..`).
 * @throws InputError for a folder that is missing, not a folder, outside the
 *   task workspace, empty, or too large, and for a link out of the workspace.
 * @internal
 */
export async function readCodeFolder(
  workspacePath: string,
  codePath: string,
): Promise<CodeFolder> {
  const workspaceRoot = await realpath(workspacePath);
  const folder = path.resolve(workspaceRoot, codePath);
  const real = await realpath(folder).catch(() => undefined);
  if (!real || !(await stat(real)).isDirectory()) {
    throw new InputError(
      `codePath ${codePath} is not a folder in the task workspace; give the folder (relative to the workspace, e.g. ./src) that an earlier step such as fetch:template wrote the code to`,
    );
  }
  if (!isInside(workspaceRoot, real)) {
    throw new InputError(
      `codePath ${codePath} leads outside the task workspace; the action uploads only folders inside it`,
    );
  }
  const walk = new FolderWalk(workspaceRoot, codePath);
  await walk.walk(folder, '');
  if (walk.files.length === 0) {
    throw new InputError(
      `codePath ${codePath} holds no files (.git is left out), so there is no code to upload`,
    );
  }
  walk.files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const files: CodeFile[] = [];
  // One at a time: a folder of many small files must not exhaust file handles.
  for (const file of walk.files) {
    files.push({ path: file.path, content: await readFile(file.absolute) });
  }
  return {
    codePath,
    name: path.basename(folder) || 'code',
    files,
    totalBytes: files.reduce((sum, f) => sum + f.content.length, 0),
    hash: folderHash(files),
  };
}
