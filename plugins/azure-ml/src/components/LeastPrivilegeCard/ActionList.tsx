/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useId } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * A titled list of Azure actions, each in full, in code type; `emptyText`
 * in place of the list when there is none.
 *
 * @internal
 */
export function ActionList(props: {
  /** The list's title, also its accessible name. */
  title: string;
  /** What the actions are, under the title. */
  description?: string;
  actions: string[];
  emptyText: string;
}) {
  const { title, description, actions, emptyText } = props;
  const titleId = useId();
  return (
    <Box mt={1}>
      <Typography variant="subtitle2" component="h5" id={titleId}>
        {title}
      </Typography>
      {description && (
        <Typography variant="caption" color="textSecondary" component="p">
          {description}
        </Typography>
      )}
      {actions.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {emptyText}
        </Typography>
      ) : (
        <Box component="ul" mt={0} pl={3} aria-labelledby={titleId}>
          {actions.map(action => (
            <li key={action}>
              <Typography variant="body2">
                <code style={{ overflowWrap: 'anywhere' }}>{action}</code>
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
