/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Link } from '@backstage/core-components';

/**
 * "Open in ML Studio", opening an asset's page in Azure Machine Learning
 * studio in a new window; `what` names the asset for screen readers, since a
 * table has one such link per row.
 *
 * @internal
 */
export function StudioLink(props: { url: string; what: string }) {
  const { url, what } = props;
  return (
    <Link
      to={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`Open ${what} in ML Studio`}
    >
      Open in ML Studio
    </Link>
  );
}
