/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { LocalGitRepositories } from '../LocalGitRepositories';
import { createPublishLocalGitAction } from './createPublishLocalGitAction';

/**
 * The scaffolder module with `publish:local-git`, which creates repositories
 * that the `local-git` backend plugin serves.
 *
 * @public
 */
export const scaffolderModuleLocalGit = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'local-git',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
      },
      async init({ scaffolder, config, discovery }) {
        const repositories = LocalGitRepositories.fromConfig(config);
        if (!repositories) return;
        scaffolder.addActions(
          createPublishLocalGitAction({
            repositories,
            baseUrl: () => discovery.getExternalBaseUrl('local-git'),
          }),
        );
      },
    });
  },
});
