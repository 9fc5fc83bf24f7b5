/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureClouds } from '../clouds';
import { authorityOptions } from './authorityOptions';

describe('authorityOptions', () => {
  it('keeps instance discovery for the known clouds', () => {
    expect(
      authorityOptions({
        name: 'AzureUSGovernment',
        endpoints: azureClouds.AzureUSGovernment,
      }),
    ).toEqual({ authorityHost: 'https://login.microsoftonline.us' });
  });

  it('turns it off for a custom cloud such as the emulator', () => {
    expect(
      authorityOptions({
        name: 'custom',
        endpoints: {
          ...azureClouds.AzurePublicCloud,
          authorityHost: 'https://localhost:7443',
        },
      }),
    ).toEqual({
      authorityHost: 'https://localhost:7443',
      disableInstanceDiscovery: true,
    });
  });
});
