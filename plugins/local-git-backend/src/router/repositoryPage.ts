/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CommitSummary } from '../LocalGitRepositories';

/** What the repository's page shows. */
export type RepositoryPageModel = {
  fullName: string;
  branch: string;
  cloneUrl: string;
  rawBaseUrl: string;
  commit: CommitSummary;
  files: string[];
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

function fileItem(rawBaseUrl: string, path: string): string {
  const href = `${rawBaseUrl}/${path
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
  return `<li><a href="${escapeHtml(href)}">${escapeHtml(path)}</a></li>`;
}

/**
 * A plain HTML page (no scripts) for a repository: how to clone it, its
 * newest commit, and its files linked to their raw content.
 */
export function renderRepositoryPage(model: RepositoryPageModel): string {
  const e = escapeHtml;
  const { commit } = model;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(model.fullName)}</title></head>
<body>
<h1>${e(model.fullName)}</h1>
<p>Clone: <code>git clone ${e(model.cloneUrl)}</code></p>
<p>Branch <strong>${e(model.branch)}</strong>, commit <code>${e(
    commit.hash,
  )}</code> by ${e(commit.author)} on ${e(commit.date)}: ${e(
    commit.subject,
  )}</p>
<h2>Files</h2>
<ul>
${model.files.map(path => fileItem(model.rawBaseUrl, path)).join('\n')}
</ul>
</body>
</html>
`;
}
