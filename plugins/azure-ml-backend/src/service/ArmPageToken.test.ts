/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';
import { ArmPageToken } from './ArmPageToken';

const WS =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';
const ARM = 'https://management.azure.com';

describe('ArmPageToken', () => {
  const tokens = new ArmPageToken(ARM);
  const JOBS = `${WS}/jobs`;
  const refusal = new InputError(
    `Invalid pageToken: it is not a page of ${JOBS}; pass the nextPageToken of the previous page unchanged`,
  );

  it("round-trips ARM's nextLink of the same workspace", () => {
    const nextLink = `${ARM}${WS}/jobs?api-version=2024-10-01&$skipToken=MjA`;
    expect(tokens.decode(tokens.encode(nextLink), JOBS)).toBe(nextLink);
  });

  it.each([
    ['another host', `https://attacker.example${WS}/jobs?$skipToken=MjA`],
    ['another workspace', `${ARM}${WS.replace('mlw-vision', 'mlw-nlp')}/jobs`],
    ['another collection', `${ARM}${WS}/models`],
    ['credentials in the URL', `https://u:p@management.azure.com${WS}/jobs`],
  ])('refuses a nextLink to %s', (_, link) => {
    expect(() => tokens.decode(tokens.encode(link), JOBS)).toThrow(refusal);
  });

  it('refuses a token that is not a URL', () => {
    expect(() => tokens.decode('not-a-token', JOBS)).toThrow(refusal);
  });
});
