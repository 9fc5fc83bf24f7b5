/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlOnlineEndpointSummary } from '@azure-ml-backstage/plugin-azure-ml-common';
import { trafficShares } from '../../components/TrafficSplitBar/trafficShares';
import type { PickerOption } from '../shared/PickerOption';

/**
 * An online endpoint as the picker offers it: by name, with how its traffic
 * is split now, for example "blue 90% · green 10%".
 *
 * @internal
 */
export function endpointOption(
  endpoint: AzureMlOnlineEndpointSummary,
): PickerOption {
  const shares = trafficShares(endpoint.traffic);
  return {
    value: endpoint.name,
    label: endpoint.name,
    detail:
      shares.length > 0
        ? shares
            .map(share => `${share.deployment} ${share.percent}%`)
            .join(' · ')
        : 'No traffic',
  };
}
