/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Entity } from '@backstage/catalog-model';
import { demoIds } from '@internal/azure-emulator/testing';
import { VISION, workspaceEntity } from './actionsTestHarness';

/** The demo workspace with a managed online endpoint (`iris`). */
export const SANDBOX = demoIds.workspace('sandbox');

/** The blue/green endpoint of the vision workspace (Kubernetes compute, blue 90 and green 10). */
export const DEFECT_CLASSIFIER = `${VISION.id}/onlineEndpoints/defect-classifier`;
export const DEFECT_CLASSIFIER_ENTITY_REF =
  'component:default/mlw-vision-endpoint-defect-classifier';

/** The blue/green managed endpoint of the sandbox workspace. */
export const IRIS = `${SANDBOX.id}/onlineEndpoints/iris`;

/** A catalog entity standing for an online endpoint, as the catalog module makes it. */
export function endpointEntity(name: string, resourceId: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [AZURE_ML_RESOURCE_ID_ANNOTATION]: resourceId },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-vision',
    },
  };
}

/** The workspaces and endpoints the endpoint actions' tests act on. */
export const ENDPOINT_ENTITIES: Entity[] = [
  workspaceEntity('mlw-vision', VISION.id),
  endpointEntity('mlw-vision-endpoint-defect-classifier', DEFECT_CLASSIFIER),
  workspaceEntity('mlw-sandbox', SANDBOX.id),
  endpointEntity('mlw-sandbox-endpoint-iris', IRIS),
];
