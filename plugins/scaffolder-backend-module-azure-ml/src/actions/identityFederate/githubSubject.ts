/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The `sub` claim GitHub Actions puts in a workflow's OIDC token, for a
 * repository's branch (by default `main`), tag, environment or pull
 * requests.
 *
 * @internal
 */
export function githubSubject(options: {
  repository: string;
  branch?: string;
  tag?: string;
  environment?: string;
  pullRequest?: boolean;
}): string {
  const repo = `repo:${options.repository}`;
  if (options.environment) return `${repo}:environment:${options.environment}`;
  if (options.pullRequest) return `${repo}:pull_request`;
  if (options.tag) return `${repo}:ref:refs/tags/${options.tag}`;
  return `${repo}:ref:refs/heads/${options.branch ?? 'main'}`;
}
