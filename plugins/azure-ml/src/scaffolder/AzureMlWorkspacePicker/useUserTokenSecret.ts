/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useState } from 'react';
import {
  configApiRef,
  microsoftAuthApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { useTemplateSecrets } from '@backstage/plugin-scaffolder-react';
import { portalApiScope } from '../../api/AzureMlClient';

/**
 * Whether the user's token is in the template's secrets, and the last
 * request for it.
 *
 * @internal
 */
export interface UserTokenSecret {
  /** Whether the secret holds a token. */
  hasToken: boolean;
  /** Whether a token is being asked for (the sign-in may show a popup). */
  requesting: boolean;
  /** Why the last request failed. */
  error?: Error;
  /** Asks the Microsoft sign-in for a token and puts it in the secret; resolves whether it did. */
  requestToken(): Promise<boolean>;
}

/**
 * Puts the signed-in user's Microsoft Entra token for the portal's API, the
 * one the portal itself sends, in the template secret `secretsKey`, so the
 * template's actions call Azure as the user (exchanged on their behalf).
 * Secrets go to the task with the request that starts it and are not stored
 * with its parameters, unlike the form data.
 *
 * @internal
 */
export function useUserTokenSecret(secretsKey: string): UserTokenSecret {
  const microsoftAuthApi = useApi(microsoftAuthApiRef);
  const configApi = useApi(configApiRef);
  const { secrets, setSecrets } = useTemplateSecrets();
  const [state, setState] = useState<{ requesting: boolean; error?: Error }>({
    requesting: false,
  });

  const requestToken = useCallback(async () => {
    setState({ requesting: true });
    try {
      const token = await microsoftAuthApi.getAccessToken([
        portalApiScope(configApi),
      ]);
      if (!token) {
        throw new Error('the Microsoft sign-in gave no token');
      }
      setSecrets({ [secretsKey]: token });
      setState({ requesting: false });
      return true;
    } catch (error) {
      setState({
        requesting: false,
        error: error instanceof Error ? error : new Error(String(error)),
      });
      return false;
    }
  }, [microsoftAuthApi, configApi, setSecrets, secretsKey]);

  return {
    hasToken: Boolean(secrets[secretsKey]),
    ...state,
    requestToken,
  };
}
