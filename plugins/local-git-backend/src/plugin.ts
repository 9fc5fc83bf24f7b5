/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { LocalGitRepositories } from './LocalGitRepositories';
import { createRouter } from './router/createRouter';

/**
 * The local git host: read-only HTTP access (`/api/local-git`) to the
 * repositories `publish:local-git` creates, for people (a page per
 * repository, `git clone`) and for the catalog, which reads registered
 * `catalog-info.yaml` files through `backend.reading.allow`.
 *
 * The routes take no Backstage credentials, as a public git host's raw
 * files do, because the catalog's URL reader sends none: run it for the
 * local default only, and a real git host in production.
 *
 * @public
 */
export const localGitPlugin = createBackendPlugin({
  pluginId: 'local-git',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ config, discovery, httpRouter, logger }) {
        const repositories = LocalGitRepositories.fromConfig(config);
        if (!repositories) {
          logger.info('localGit is not configured; serving no repositories');
          return;
        }
        const baseUrl = await discovery.getExternalBaseUrl('local-git');
        httpRouter.use(createRouter({ repositories, baseUrl }));
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
        logger.info(
          `Serving the git repositories in ${repositories.root} at ${baseUrl}`,
        );
      },
    });
  },
});
