/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useEffect, useRef } from 'react';

/**
 * Clears a dependent picker's value when the workspace it was picked in is
 * changed or cleared: a compute or asset of one workspace means nothing in
 * another. A value already there when the picker appears (the user came
 * back to the step, or the form was filled from the URL) is kept.
 *
 * @param workspaceId - The workspace picked now, if any.
 * @param hasValue - Whether the picker holds a value to clear.
 * @param clear - Clears the picker's value.
 * @internal
 */
export function useClearOnWorkspaceChange(
  workspaceId: string | undefined,
  hasValue: boolean,
  clear: () => void,
): void {
  const previous = useRef(workspaceId);
  useEffect(() => {
    const changed =
      previous.current !== undefined && previous.current !== workspaceId;
    previous.current = workspaceId;
    if (changed && hasValue) {
      clear();
    }
  }, [workspaceId, hasValue, clear]);
}
