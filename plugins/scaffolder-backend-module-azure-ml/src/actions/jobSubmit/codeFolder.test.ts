/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_UPLOAD_LIMIT_BYTES, readCodeFolder } from './codeFolder';

describe('readCodeFolder', () => {
  let root: string;
  let workspace: string;
  let outside: string;

  function write(relative: string, content: string) {
    const file = path.join(workspace, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'code-folder-'));
    workspace = path.join(root, 'workspace');
    outside = path.join(root, 'outside');
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'not code');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads every file below the folder but .git, in path order, and hashes them', async () => {
    write('src/train.py', 'print(1)\n');
    write('src/lib/util.py', 'X = 1\n');
    write('src/.git/config', '[core]\n');
    write('other/ignored.py', '');
    const folder = await readCodeFolder(workspace, './src');
    expect(folder).toMatchObject({
      codePath: './src',
      name: 'src',
      totalBytes: 15,
      hash: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(folder.files.map(f => [f.path, f.content.toString()])).toEqual([
      ['lib/util.py', 'X = 1\n'],
      ['train.py', 'print(1)\n'],
    ]);
  });

  it('names the same files with the same hash, and other files or paths with another', async () => {
    write('src/train.py', 'print(1)\n');
    const first = await readCodeFolder(workspace, 'src');
    expect((await readCodeFolder(workspace, 'src')).hash).toBe(first.hash);
    write('src/train.py', 'print(2)\n');
    const changed = await readCodeFolder(workspace, 'src');
    expect(changed.hash).not.toBe(first.hash);
    rmSync(path.join(workspace, 'src'), { recursive: true });
    write('src/train2.py', 'print(1)\n');
    expect((await readCodeFolder(workspace, 'src')).hash).not.toBe(first.hash);
  });

  it('follows links that stay in the task workspace, once per folder', async () => {
    write('shared/common.py', 'C = 1\n');
    write('src/train.py', 'print(1)\n');
    symlinkSync(
      path.join(workspace, 'shared'),
      path.join(workspace, 'src', 'shared'),
    );
    symlinkSync(
      path.join(workspace, 'src'),
      path.join(workspace, 'src', 'loop'),
    );
    const folder = await readCodeFolder(workspace, 'src');
    expect(folder.files.map(f => f.path)).toEqual([
      'shared/common.py',
      'train.py',
    ]);
  });

  it('refuses a link out of the task workspace, and one to nothing', async () => {
    write('src/train.py', 'print(1)\n');
    symlinkSync(
      path.join(outside, 'secret.txt'),
      path.join(workspace, 'src', 'secret.txt'),
    );
    await expect(readCodeFolder(workspace, 'src')).rejects.toMatchObject({
      name: 'InputError',
      message:
        'codePath src: secret.txt is a link to a place outside the task workspace; the action uploads only what is inside the task workspace, so copy the file in or remove the link',
    });
    rmSync(path.join(workspace, 'src', 'secret.txt'));
    symlinkSync(
      path.join(workspace, 'gone'),
      path.join(workspace, 'src', 'gone'),
    );
    await expect(readCodeFolder(workspace, 'src')).rejects.toMatchObject({
      message: expect.stringContaining('gone is a link to nothing'),
    });
  });

  it('refuses a codePath that is a link out of the task workspace', async () => {
    symlinkSync(outside, path.join(workspace, 'src'));
    await expect(readCodeFolder(workspace, 'src')).rejects.toMatchObject({
      name: 'InputError',
      message:
        'codePath src leads outside the task workspace; the action uploads only folders inside it',
    });
  });

  it.each([
    ['a folder that does not exist', 'nothing', 'is not a folder'],
    ['a file', 'src/train.py', 'is not a folder'],
    ['a folder with nothing but .git', 'empty', 'holds no files'],
  ])('refuses %s', async (_, codePath, problem) => {
    write('src/train.py', 'print(1)\n');
    write('empty/.git/HEAD', 'ref: main\n');
    await expect(readCodeFolder(workspace, codePath)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`codePath ${codePath} ${problem}`),
    });
  });

  it('refuses more than 50 MB of code before reading it', async () => {
    write('src/train.py', 'print(1)\n');
    write('src/weights.bin', '');
    truncateSync(
      path.join(workspace, 'src', 'weights.bin'),
      CODE_UPLOAD_LIMIT_BYTES,
    );
    await expect(readCodeFolder(workspace, 'src')).rejects.toMatchObject({
      name: 'InputError',
      message:
        'codePath src holds more than 50.0 MB of files, and the action uploads at most that much code; keep data and models out of the code folder (register them as data assets) or point codePath at the folder with the code only',
    });
  });
});
