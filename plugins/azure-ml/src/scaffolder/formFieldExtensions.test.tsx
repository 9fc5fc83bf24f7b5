/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import {
  createExtensionTester,
  mockApis,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
  type FieldExtensionOptions,
} from '@backstage/plugin-scaffolder-react';
import {
  FormFieldBlueprint,
  type FormField,
} from '@backstage/plugin-scaffolder-react/alpha';
import azureMlPlugin from '../alpha';
import {
  AzureMlComputePickerFieldExtension,
  AzureMlDataAssetPickerFieldExtension,
  AzureMlEndpointPickerFieldExtension,
  AzureMlEnvironmentPickerFieldExtension,
  AzureMlModelVersionPickerFieldExtension,
  AzureMlWorkspacePickerFieldExtension,
} from '../plugin';
import { AzureMlComputePicker } from './AzureMlComputePicker';
import { AzureMlDataAssetPicker } from './AzureMlDataAssetPicker';
import { AzureMlEndpointPicker } from './AzureMlEndpointPicker';
import { AzureMlEnvironmentPicker } from './AzureMlEnvironmentPicker';
import { AzureMlModelVersionPicker } from './AzureMlModelVersionPicker';
import { AzureMlWorkspacePicker } from './AzureMlWorkspacePicker';

const FIELDS = [
  ['workspace-picker', 'AzureMlWorkspacePicker', AzureMlWorkspacePicker],
  ['compute-picker', 'AzureMlComputePicker', AzureMlComputePicker],
  ['environment-picker', 'AzureMlEnvironmentPicker', AzureMlEnvironmentPicker],
  ['data-asset-picker', 'AzureMlDataAssetPicker', AzureMlDataAssetPicker],
  ['endpoint-picker', 'AzureMlEndpointPicker', AzureMlEndpointPicker],
  [
    'model-version-picker',
    'AzureMlModelVersionPicker',
    AzureMlModelVersionPicker,
  ],
] as const;

/** What `createFormField` keeps of a field; the type hides it. */
type LoadedField = FormField &
  Omit<FieldExtensionOptions, 'schema'> & {
    schema?: { schema: { returnValue: unknown; uiOptions?: unknown } };
  };

describe('the form fields of the new frontend system', () => {
  it.each(FIELDS)(
    'the plugin provides scaffolder-form-field:azure-ml/%s, the field %s with its validation and schema',
    async (extensionName, fieldName, component) => {
      const extension = azureMlPlugin.getExtension(
        `scaffolder-form-field:azure-ml/${extensionName}`,
      );
      const loader = createExtensionTester(extension).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      );
      const field = (await loader()) as LoadedField;

      expect(field.name).toBe(fieldName);
      expect(field.component).toBe(component);
      expect(field.validation).toEqual(expect.any(Function));
      expect(field.schema?.schema.returnValue).toMatchObject({
        type: 'string',
      });
      expect(field.schema?.schema.uiOptions).toMatchObject({
        type: 'object',
      });
    },
  );
});

/** What the scaffolder's element walk needs of a legacy app. */
function LegacyApp(props: { children?: ReactNode }) {
  return (
    <TestApiProvider apis={[mockApis.featureFlags()]}>
      {props.children}
    </TestApiProvider>
  );
}

describe('the field extensions of the legacy frontend system', () => {
  it('are found by the scaffolder inside ScaffolderFieldExtensions, by name and with their components', () => {
    const { result } = renderHook(
      () =>
        useCustomFieldExtensions(
          <ScaffolderFieldExtensions>
            <AzureMlWorkspacePickerFieldExtension />
            <AzureMlComputePickerFieldExtension />
            <AzureMlEnvironmentPickerFieldExtension />
            <AzureMlDataAssetPickerFieldExtension />
            <AzureMlEndpointPickerFieldExtension />
            <AzureMlModelVersionPickerFieldExtension />
          </ScaffolderFieldExtensions>,
        ),
      { wrapper: LegacyApp },
    );

    expect(result.current.map(field => [field.name, field.component])).toEqual(
      FIELDS.map(([, name, component]) => [name, component]),
    );
    for (const field of result.current) {
      expect(field.validation).toEqual(expect.any(Function));
      expect(field.schema?.uiOptions).toMatchObject({ type: 'object' });
    }
  });
});
