/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export interface Config {
  /** Configuration of the Azure Machine Learning plugins. */
  azureMl?: {
    /**
     * The portal's own app registration in Microsoft Entra ID. The frontend
     * asks the Microsoft sign-in for a token for this app's API and forwards
     * it to the backend plugin, which exchanges it on the user's behalf.
     */
    portalApp?: {
      /**
       * Application (client) id of the portal's app registration.
       * @visibility frontend
       */
      clientId?: string;
      /**
       * Application ID URI of the portal app's API; the frontend requests the
       * scope `{audience}/access_as_user`. Defaults to `api://{clientId}`.
       * @visibility frontend
       */
      audience?: string;
    };
  };
}
