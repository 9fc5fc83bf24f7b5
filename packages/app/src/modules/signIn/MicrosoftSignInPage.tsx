/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { microsoftAuthApiRef } from '@backstage/core-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * The portal's sign-in page: Microsoft Entra ID only (locally the Azure
 * emulator's sign-in page, in production Microsoft's). After sign-in,
 * `microsoftAuthApiRef.getAccessToken([scope])` returns Entra tokens for
 * other APIs, such as the portal API the Azure ML plugin calls.
 *
 * @public
 */
export const MicrosoftSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => {
      const { SignInPage } = await import('@backstage/core-components');
      return props => (
        <SignInPage
          {...props}
          providers={[
            {
              id: 'microsoft-auth-provider',
              title: 'Microsoft',
              message: 'Sign in with your Microsoft Entra ID account',
              apiRef: microsoftAuthApiRef,
            },
          ]}
        />
      );
    },
  },
});
