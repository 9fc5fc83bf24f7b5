/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import type { AccessCheck } from '@azure-ml-backstage/plugin-azure-ml-common';
import { AccessFixBlock } from './AccessFixBlock';
import { EvidenceTable } from './EvidenceTable';
import { FeatureFindingsTable } from './FeatureFindingsTable';
import { VerdictChip } from './VerdictChip';

/**
 * One check of the access doctor: its verdict, title and summary, the
 * evidence behind it, for the permission checks what each feature is
 * missing, and how to fix it.
 *
 * @internal
 */
export function AccessCheckCard(props: {
  check: AccessCheck;
  /** The refused action that sent the user here, marked in the features. */
  refusedAction?: string;
}) {
  const { check, refusedAction } = props;
  return (
    <section aria-label={check.title} data-testid={`access-check-${check.id}`}>
      <InfoCard
        title={check.title}
        titleTypographyProps={{ component: 'h2' }}
        action={
          <Box pt={1} pr={1}>
            <VerdictChip verdict={check.verdict} />
          </Box>
        }
      >
        <Typography variant="body1" paragraph>
          {check.summary}
        </Typography>
        {check.evidence.length > 0 && (
          <EvidenceTable evidence={check.evidence} />
        )}
        {check.features && check.features.length > 0 && (
          <Box mt={2}>
            <FeatureFindingsTable
              features={check.features}
              refusedAction={refusedAction}
            />
          </Box>
        )}
        {check.fix && <AccessFixBlock fix={check.fix} />}
      </InfoCard>
    </section>
  );
}
