/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  uri: {
    fontFamily: 'monospace',
    // URIs have no spaces: without this they push the table past the page.
    overflowWrap: 'anywhere',
    wordBreak: 'break-word',
  },
});

/**
 * Where an asset's files are (an `azureml:` reference, a datastore path or a
 * URL), in monospace, wrapping anywhere.
 *
 * @internal
 */
export function AssetUri(props: { uri: string }) {
  const classes = useStyles();
  return (
    <Typography variant="body2" component="span" className={classes.uri}>
      {props.uri}
    </Typography>
  );
}
