/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import type { AzureMlOnlineEndpoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import { StudioLink } from '../shared';

const asWritten = (title: string) => title;

/**
 * The facts of an online endpoint: auth mode, scoring URI, description and
 * its page in studio.
 *
 * @internal
 */
export function EndpointDetails(props: { endpoint: AzureMlOnlineEndpoint }) {
  const { endpoint } = props;
  const metadata: Record<string, JSX.Element | string> = {
    'Auth mode': endpoint.authMode,
    'Scoring URI': (
      <span style={{ wordBreak: 'break-all' }}>{endpoint.scoringUri}</span>
    ),
    ...(endpoint.description ? { Description: endpoint.description } : {}),
    Studio: (
      <StudioLink url={endpoint.studioUrl}>
        Open in Azure Machine Learning studio
      </StudioLink>
    ),
  };
  return (
    <InfoCard title="Endpoint" titleTypographyProps={{ component: 'h3' }}>
      <StructuredMetadataTable
        metadata={metadata}
        options={{ titleFormat: asWritten }}
      />
    </InfoCard>
  );
}
