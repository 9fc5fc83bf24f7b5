/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link } from '@backstage/core-components';

/**
 * A link opening a page of Azure Machine Learning studio in a new window,
 * "Open in ML Studio" unless `children` says otherwise. Where a table has
 * one such link per row, `what` names the row's asset for screen readers
 * ("Open … in ML Studio").
 *
 * @internal
 */
export function StudioLink(props: {
  url: string;
  what?: string;
  children?: string;
}) {
  const { url, what, children = 'Open in ML Studio' } = props;
  return (
    <Link
      to={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={what === undefined ? undefined : `Open ${what} in ML Studio`}
    >
      {children}
    </Link>
  );
}
