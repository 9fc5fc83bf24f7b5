/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export interface Config {
  /**
   * The plain git host on the backend's own disk, for the local default:
   * without this key it serves nothing and `publish:local-git` is not
   * registered (use a git host integration and its publish actions).
   */
  localGit?: {
    /**
     * The folder holding the bare repositories, as `<owner>/<name>.git`,
     * relative to the backend's working folder. Defaults to
     * `backstage-local-git` in the system's temporary folder.
     */
    root?: string;
  };
}
