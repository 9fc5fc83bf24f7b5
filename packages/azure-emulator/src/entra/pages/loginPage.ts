/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { DirectoryUser } from '../../state/model';
import { escapeHtml, hiddenFields, htmlPage } from './html';

/** One account a person can sign in as. */
export type AccountChoice = {
  user: DirectoryUser;
  story?: string;
  /** Preselected through `login_hint`. */
  suggested: boolean;
};

/** The accounts of one directory. */
export type AccountGroup = { tenantName: string; accounts: AccountChoice[] };

export type LoginPageOptions = {
  title: string;
  clientName: string;
  /** Where the form posts (the authorize path). */
  action: string;
  /** The authorize request's parameters, carried through the POST. */
  params: Record<string, string>;
  groups: AccountGroup[];
};

function accountItem({ user, story, suggested }: AccountChoice): string {
  const describedBy = `about-${user.objectId}`;
  const guest = user.userType === 'Guest' ? ' (guest)' : '';
  return `<li>
<button type="submit" name="user_id" value="${escapeHtml(user.objectId)}"
 aria-describedby="${describedBy}"${suggested ? ' autofocus' : ''}>
${
  suggested ? '<span class="suggested">Suggested account: </span>' : ''
}<span class="name">${escapeHtml(user.displayName)}${guest}</span>
<span class="upn">${escapeHtml(user.userPrincipalName)}</span>
</button>
<p id="${describedBy}"><span class="job">${escapeHtml(user.jobTitle)}</span>${
    story ? `<span class="story">${escapeHtml(story)}</span>` : ''
  }</p>
</li>`;
}

function accountGroup(group: AccountGroup, headed: boolean): string {
  const heading = headed ? `<h2>${escapeHtml(group.tenantName)}</h2>\n` : '';
  return `${heading}<ul>
${group.accounts.map(accountItem).join('\n')}
</ul>`;
}

/**
 * The emulator's sign-in page: no passwords, a person picks one of the
 * directory's demo accounts (members and guests).
 */
export function loginPage(options: LoginPageOptions): string {
  const headed = options.groups.length > 1;
  return htmlPage(
    options.title,
    `<h1>${escapeHtml(options.title)}</h1>
<p>Azure emulator: choose a demo account to continue to <strong>${escapeHtml(
      options.clientName,
    )}</strong>. No password is needed.</p>
<form method="post" action="${escapeHtml(options.action)}">
${hiddenFields(options.params)}
${options.groups.map(g => accountGroup(g, headed)).join('\n')}
</form>`,
  );
}
