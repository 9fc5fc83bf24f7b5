/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';

/**
 * "Load more", centred below a list loaded page by page; disabled, saying
 * "Loading…", while the next page loads.
 *
 * @internal
 */
export function LoadMoreButton(props: {
  loading: boolean;
  onClick: () => void;
}) {
  const { loading, onClick } = props;
  return (
    <Box mt={2} display="flex" justifyContent="center">
      <Button variant="outlined" onClick={onClick} disabled={loading}>
        {loading ? 'Loading…' : 'Load more'}
      </Button>
    </Box>
  );
}
