/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useState, type ComponentType } from 'react';
import { microsoftAuthApiRef } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  SecretsContextProvider,
  useTemplateSecrets,
} from '@backstage/plugin-scaffolder-react';
import { azureMlApiRef, type AzureMlApi } from '../../api';

/** The portal app registration the test app is configured with. */
export const PORTAL_CLIENT_ID = '44444444-0000-4000-8000-000000000001';

/** The scope the user's token is asked for, given {@link PORTAL_CLIENT_ID}. */
export const PORTAL_API_SCOPE = `api://${PORTAL_CLIENT_ID}/access_as_user`;

/** The token the fake Microsoft sign-in gives. */
export const USER_TOKEN =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.alice.signature';

/** One field of the form under test, rendered as the scaffolder renders it. */
export interface FieldUnderTest {
  /** The property of the form data the field edits. */
  name: string;
  component: ComponentType<any>;
  title?: string;
  required?: boolean;
  /** The field's `ui:options`. */
  options?: Record<string, unknown>;
  /** Errors the form shows for the field, as RJSF gives them. */
  rawErrors?: string[];
}

/** What the form holds, read by the test after each step. */
export interface TemplateFormState {
  /** The whole form's data, as the task would get it as parameters. */
  formData: Record<string, unknown>;
  /** The template secrets, as the task would get them. */
  secrets: Record<string, string>;
}

/** How the form under test is set up. */
export interface TemplateFormOptions {
  /** The Azure ML API; only the methods given exist. */
  api: Partial<AzureMlApi>;
  /** The Microsoft sign-in's `getAccessToken`; gives {@link USER_TOKEN} when absent. */
  getAccessToken?: (scopes: string[]) => Promise<string>;
  initialFormData?: Record<string, unknown>;
  initialSecrets?: Record<string, string>;
}

function SecretsProbe(props: { state: TemplateFormState }) {
  props.state.secrets = useTemplateSecrets().secrets;
  return null;
}

function TemplateForm(props: {
  fields: FieldUnderTest[];
  state: TemplateFormState;
}) {
  const { fields, state } = props;
  const [formData, setFormData] = useState(state.formData);
  state.formData = formData;
  return (
    <>
      {fields.map(field => {
        const FieldComponent = field.component;
        return (
          <FieldComponent
            key={field.name}
            name={field.name}
            idSchema={{ $id: `root_${field.name}` }}
            schema={{ type: 'string', title: field.title }}
            uiSchema={{
              'ui:field': field.name,
              ...(field.options ? { 'ui:options': field.options } : {}),
            }}
            formData={formData[field.name]}
            onChange={(value: unknown) =>
              setFormData(current => ({ ...current, [field.name]: value }))
            }
            required={field.required}
            rawErrors={field.rawErrors}
            formContext={{ formData }}
          />
        );
      })}
    </>
  );
}

/**
 * Renders scaffolder form fields in a test app the way the scaffolder's
 * form does: each with its props, all sharing the form's data (the
 * `formContext`) and the template secrets. Returns the form's state, kept
 * up to date as the fields change it.
 */
export function renderTemplateForm(
  fields: FieldUnderTest[],
  options: TemplateFormOptions,
): TemplateFormState {
  const state: TemplateFormState = {
    formData: { ...options.initialFormData },
    secrets: { ...options.initialSecrets },
  };
  const getAccessToken = options.getAccessToken ?? (async () => USER_TOKEN);
  renderInTestApp(
    <SecretsContextProvider initialSecrets={options.initialSecrets}>
      <SecretsProbe state={state} />
      <TemplateForm fields={fields} state={state} />
    </SecretsContextProvider>,
    {
      apis: [
        [azureMlApiRef, options.api as AzureMlApi],
        [
          microsoftAuthApiRef,
          {
            getAccessToken: (scope: string | string[]) =>
              getAccessToken(Array.isArray(scope) ? scope : [scope]),
          } as unknown as typeof microsoftAuthApiRef.T,
        ],
      ],
      config: { azureMl: { portalApp: { clientId: PORTAL_CLIENT_ID } } },
    },
  );
  return state;
}
