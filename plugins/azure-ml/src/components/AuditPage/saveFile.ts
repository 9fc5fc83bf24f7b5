/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditExport } from '../../api';

/**
 * Hands a downloaded file to the browser to save, through a Blob URL that
 * is revoked once the download started. The file was fetched with
 * Backstage's credentials, which a plain link to the backend would not
 * carry.
 *
 * @internal
 */
export function saveFile(file: AzureMlAuditExport): void {
  const url = URL.createObjectURL(file.blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoked on the next tick: some browsers read the URL after click().
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
