/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { AZURE_ML_USER_TOKEN_SECRET } from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import { AzureMlPickerField } from '../shared/AzureMlPickerField';
import { readRequiredFeatures } from './requiredFeatures';
import { RequiredFeaturesStatus } from './RequiredFeaturesStatus';
import type { AzureMlWorkspacePickerUiOptions } from './schema';
import { SignInFailedAlert } from './SignInFailedAlert';
import { UnavailableSubscriptions } from './UnavailableSubscriptions';
import { useRequiredFeaturesCheck } from './useRequiredFeaturesCheck';
import { useUserTokenSecret } from './useUserTokenSecret';
import { workspaceOption } from './workspaceOption';

/**
 * The `AzureMlWorkspacePicker` field: picks one of the Azure Machine
 * Learning workspaces the user can use (the backend lists them as the user)
 * and keeps its ARM id.
 *
 * @remarks
 *
 * Picking a workspace also puts the user's Microsoft Entra token for the
 * portal's API in the template secret `azureMlUserToken` (or
 * `ui:options.secretsKey`), so the template's actions run as the user. The
 * pick is only kept once the token is there; the token never goes into the
 * form data, which the task stores with its parameters.
 *
 * With `ui:options.requiredFeatures`, the kept workspace is then checked:
 * whether the user may use those features there (for example `job.submit`).
 * A refusal is shown under the field in the backend's words, and the
 * field's validation refuses the workspace with it.
 *
 * @public
 */
export function AzureMlWorkspacePicker(
  props: FieldExtensionComponentProps<string, AzureMlWorkspacePickerUiOptions>,
) {
  const {
    formData,
    onChange,
    required,
    rawErrors,
    uiSchema,
    schema,
    idSchema,
  } = props;
  const uiOptions = uiSchema?.['ui:options'];
  const secretsKey = uiOptions?.secretsKey ?? AZURE_ML_USER_TOKEN_SECRET;
  const list = useAzureMlData(api => api.listWorkspaces(), []);
  const token = useUserTokenSecret(secretsKey);
  const { requestToken } = token;

  // The workspace picked but not kept yet: its token is on the way, or
  // could not be had.
  const [attempted, setAttempted] = useState<string>();
  const latestPick = useRef(0);

  const pick = useCallback(
    async (id: string | undefined) => {
      const pickNumber = ++latestPick.current;
      if (!id) {
        setAttempted(undefined);
        onChange(undefined);
        return;
      }
      setAttempted(id);
      const gotToken = await requestToken();
      // A later pick overrides this one.
      if (pickNumber !== latestPick.current) return;
      if (gotToken) {
        setAttempted(undefined);
        onChange(id);
      }
    },
    [onChange, requestToken],
  );

  // A workspace already in the form (the user came back to this step, or
  // the form was filled from the URL) needs its token too.
  const checkedInitialToken = useRef(false);
  useEffect(() => {
    if (checkedInitialToken.current) return;
    checkedInitialToken.current = true;
    if (formData && !token.hasToken) {
      pick(formData);
    }
  }, [formData, token.hasToken, pick]);

  const options = (list.value?.items ?? []).map(workspaceOption);
  const shown = attempted ?? formData;
  // Only a kept pick is checked: one still waiting for the sign-in is not the form's yet.
  const access = useRequiredFeaturesCheck(
    attempted === undefined ? formData : undefined,
    readRequiredFeatures(uiOptions),
  );
  const refused =
    access.status === 'checked' && access.check.refusals.length > 0;

  return (
    <AzureMlPickerField
      id={idSchema?.$id ?? 'azure-ml-workspace'}
      label={schema?.title ?? 'Azure ML workspace'}
      value={shown}
      onChange={pick}
      options={options}
      required={required}
      invalid={(rawErrors?.length ?? 0) > 0 || refused}
      disabled={Boolean(uiSchema?.['ui:disabled'])}
      loading={list.status === 'loading'}
      loadingText="Loading the Azure ML workspaces you can use…"
      emptyText="There is no Azure ML workspace you can use"
      errorTitle="Could not list your Azure ML workspaces"
      error={list.status === 'failed' ? list.error : undefined}
      onRetry={list.reload}
      note={
        token.requesting
          ? 'Getting your Microsoft sign-in for Azure ML…'
          : undefined
      }
    >
      {token.error && attempted && !token.requesting && (
        <SignInFailedAlert
          error={token.error}
          onRetry={() => pick(attempted)}
        />
      )}
      <RequiredFeaturesStatus state={access} />
      <UnavailableSubscriptions subscriptions={list.value?.unavailable ?? []} />
    </AzureMlPickerField>
  );
}
