/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureAdditionalPolicy } from '@azure-ml-backstage/plugin-azure-ml-node';

/**
 * Counts the HTTP requests a client's pipeline sends, each retry included
 * (the policy sits per retry), for a run's report.
 *
 * @internal
 */
export class ArmRequestCounter {
  count = 0;

  /** The counting policy, for a client's `additionalPolicies`. */
  policy(): AzureAdditionalPolicy {
    return {
      position: 'perRetry',
      policy: {
        name: 'armRequestCounter',
        sendRequest: (request, next) => {
          this.count += 1;
          return next(request);
        },
      },
    };
  }
}
