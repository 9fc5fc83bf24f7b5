/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useEffect, useState } from 'react';
import TextField from '@material-ui/core/TextField';

/**
 * A text filter applied when its field loses focus or on Enter, so a list
 * is not fetched again on every keystroke.
 *
 * @internal
 */
export function TextFilter(props: {
  id: string;
  label: string;
  value: string;
  onApply: (value: string) => void;
  placeholder?: string;
}) {
  const { id, label, value, onApply, placeholder } = props;
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const apply = () => {
    if (draft.trim() !== value) onApply(draft);
  };
  return (
    <TextField
      id={id}
      label={label}
      placeholder={placeholder}
      value={draft}
      fullWidth
      onChange={event => setDraft(event.target.value)}
      onBlur={apply}
      onKeyDown={event => {
        if (event.key === 'Enter') apply();
      }}
    />
  );
}
