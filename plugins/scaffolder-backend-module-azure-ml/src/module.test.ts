/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  scaffolderActionsExtensionPoint,
  type TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { azureMlConfigFor } from '@internal/azure-emulator/testing';
import { parse as parseYaml } from 'yaml';
import { scaffolderModuleAzureMl } from './module';

async function startModule(azureMl: any) {
  const actions: TemplateAction<any, any, any>[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        scaffolderActionsExtensionPoint,
        { addActions: (...added: any[]) => actions.push(...added) },
      ],
    ],
    features: [
      scaffolderModuleAzureMl,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({ data: { azureMl } }),
    ],
  });
  return { actions, backend };
}

describe('scaffolderModuleAzureMl', () => {
  it('registers the seven actions, each with documented inputs and outputs, dry-run support and an example', async () => {
    const { actions, backend } = await startModule(
      azureMlConfigFor('https://localhost:7443'),
    );
    try {
      expect(actions.map(a => a.id)).toEqual([
        'azureml:job:submit',
        'azureml:data:register',
        'azureml:model:register',
        'azureml:environment:create',
        'azure:identity:federate',
        'azureml:deployment:create',
        'azureml:endpoint:traffic:update',
      ]);
      for (const action of actions) {
        expect(action.supportsDryRun).toBe(true);
        expect(action.description).toContain('azureMlUserToken');
        for (const schema of [action.schema?.input, action.schema?.output]) {
          const properties = Object.entries(
            (schema?.properties ?? {}) as Record<string, any>,
          );
          // The traffic action outputs the split after and before only.
          expect(properties.length).toBeGreaterThan(1);
          for (const [name, property] of properties) {
            expect([action.id, name, typeof property.description]).toEqual([
              action.id,
              name,
              'string',
            ]);
          }
        }
        expect(action.schema?.input?.required).toContain(
          action.id === 'azure:identity:federate' ? 'identity' : 'workspace',
        );
        const example = parseYaml(action.examples![0].example);
        expect(example.steps[0].action).toBe(action.id);
      }
    } finally {
      await backend.stop();
    }
  });

  it('refuses to start without a credential of the portal app, naming the key', async () => {
    const azureMl: any = azureMlConfigFor('https://localhost:7443');
    delete azureMl.portalApp.credential;
    await expect(startModule(azureMl)).rejects.toThrow(
      /Missing config azureMl\.portalApp\.credential: the Azure ML template actions exchange the user's token on-behalf-of the portal app/,
    );
  });
});
