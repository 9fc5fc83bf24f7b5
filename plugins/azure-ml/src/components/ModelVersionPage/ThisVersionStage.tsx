/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Typography from '@material-ui/core/Typography';
import type { AzureMlModelVersion } from '@azure-ml-backstage/plugin-azure-ml-common';
import { LineageStage } from './LineageStage';
import { useLineageStyles } from './lineageStyles';

/**
 * The middle of the lineage: the model version the page is about.
 *
 * @internal
 */
export function ThisVersionStage(props: { version: AzureMlModelVersion }) {
  const { version } = props;
  const classes = useLineageStyles();
  return (
    <LineageStage title="This model version">
      <Typography variant="body2" component="span">
        <strong>{version.name}</strong> version {version.version}
      </Typography>
      <Typography variant="caption" component="span" className={classes.detail}>
        {version.modelType}
      </Typography>
    </LineageStage>
  );
}
