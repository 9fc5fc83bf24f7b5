/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  InfoCard,
  Link,
  StructuredMetadataTable,
} from '@backstage/core-components';
import type { AzureMlModelVersionDetail } from '@azure-ml-backstage/plugin-azure-ml-common';
import { AssetUri, formatTimestamp, StudioLink, TagChips } from '../shared';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';

function producedBy(version: AzureMlModelVersionDetail, links: WorkspaceLinks) {
  if (!version.jobName) {
    return 'No job recorded';
  }
  return version.job ? (
    <Link to={links.job(version.jobName)}>{version.job.displayName}</Link>
  ) : (
    `${version.jobName} (no longer in the workspace)`
  );
}

/**
 * The metadata of one model version: type, description, when it was
 * registered, where its files are, the job that produced it and its tags.
 *
 * @internal
 */
export function ModelVersionDetails(props: {
  version: AzureMlModelVersionDetail;
  links: WorkspaceLinks;
}) {
  const { version, links } = props;
  const tags = Object.keys(version.tags).length ? (
    <TagChips tags={version.tags} />
  ) : (
    'None'
  );
  return (
    <section aria-label="Model version">
      <InfoCard
        title={`${version.name} version ${version.version}`}
        titleTypographyProps={{ component: 'h2' }}
      >
        <StructuredMetadataTable
          options={{ titleFormat: key => key }}
          metadata={{
            Type: version.modelType,
            Description: version.description ?? 'None',
            Registered: formatTimestamp(version.createdAt),
            'Produced by': producedBy(version, links),
            URI: <AssetUri uri={version.modelUri} />,
            Tags: tags,
            Studio: (
              <StudioLink
                url={version.studioUrl}
                what={`${version.name} version ${version.version}`}
              />
            ),
          }}
        />
      </InfoCard>
    </section>
  );
}
