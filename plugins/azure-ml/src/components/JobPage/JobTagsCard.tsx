/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { TagChips } from '../shared';

/**
 * The tags of a job, one chip `name: value` each, by name.
 *
 * @internal
 */
export function JobTagsCard(props: { tags: Record<string, string> }) {
  return (
    <InfoCard title="Tags" titleTypographyProps={{ component: 'h3' }}>
      {Object.keys(props.tags).length === 0 ? (
        <Typography variant="body2">This job has no tags.</Typography>
      ) : (
        <TagChips tags={props.tags} sorted />
      )}
    </InfoCard>
  );
}
