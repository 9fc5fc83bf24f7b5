/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { AssetUri } from '../shared';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';
import { LineageStage } from './LineageStage';
import { useLineageStyles } from './lineageStyles';

/**
 * The first step of the lineage: the data inputs of the producing job, each
 * linking to the data assets. Literal inputs (parameters) are not data and
 * are left out.
 *
 * @internal
 */
export function TrainingDataStage(props: {
  job: AzureMlJob;
  links: WorkspaceLinks;
}) {
  const { job, links } = props;
  const classes = useLineageStyles();
  const inputs = Object.entries(job.inputs).filter(([, io]) => io.uri);
  return (
    <LineageStage title="Trained on">
      {inputs.length === 0 ? (
        <Typography variant="body2">The job recorded no data inputs</Typography>
      ) : (
        <ul className={classes.items}>
          {inputs.map(([name, io]) => (
            <li key={name} className={classes.item}>
              <Link to={links.data()}>{name}</Link>
              <Typography
                variant="caption"
                component="span"
                className={classes.detail}
              >
                {io.type}
              </Typography>
              <AssetUri uri={io.uri!} />
            </li>
          ))}
        </ul>
      )}
    </LineageStage>
  );
}
