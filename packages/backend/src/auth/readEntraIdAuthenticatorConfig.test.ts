/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readEntraIdAuthenticatorConfig } from './readEntraIdAuthenticatorConfig';

const configWith = (data: Record<string, unknown>) => ({
  getOptional: (key: string) => data[key],
});

describe('readEntraIdAuthenticatorConfig', () => {
  it.each(['microsoft', 'oidc'])('accepts %s', authenticator => {
    expect(
      readEntraIdAuthenticatorConfig(configWith({ authenticator })),
    ).toEqual({ authenticator });
  });

  it('refuses to guess when the key is missing, even with OIDC keys present', () => {
    expect(() =>
      readEntraIdAuthenticatorConfig(
        configWith({
          metadataUrl:
            'https://localhost:7443/x/v2.0/.well-known/openid-configuration',
        }),
      ),
    ).toThrow(
      "Invalid config at auth.providers.microsoft.<environment>.authenticator: expected one of 'microsoft', 'oidc' ('microsoft' for Microsoft Entra ID, 'oidc' for an Entra-compatible OpenID Connect authority such as the local emulator), got nothing",
    );
  });

  it('names a value it does not know', () => {
    expect(() =>
      readEntraIdAuthenticatorConfig(configWith({ authenticator: 'guest' })),
    ).toThrow(/, got "guest"$/);
  });
});
