/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete, {
  createFilterOptions,
} from '@material-ui/lab/Autocomplete';
import { loadErrorMessage } from './loadErrorMessage';
import type { PickerOption } from './PickerOption';

/**
 * Props of {@link AzureMlPickerField}.
 *
 * @internal
 */
export interface AzureMlPickerFieldProps {
  /** The input's id, the field's `idSchema.$id`. */
  id: string;
  /** The input's label, the field's title. */
  label: string;
  /** The picked value, the field's form data. */
  value: string | undefined;
  /** Told the picked value, or `undefined` when the pick is cleared. */
  onChange(value: string | undefined): void;
  options: PickerOption[];
  required?: boolean;
  /** Whether the form marks the field as wrong (`rawErrors`); the form shows why. */
  invalid?: boolean;
  /** Why the field cannot be used yet, shown under it; the field is disabled while set. */
  disabledReason?: string;
  /** Disabled by the template (`ui:disabled`). */
  disabled?: boolean;
  loading?: boolean;
  /** Shown while loading, for example "Loading computes…". */
  loadingText: string;
  /** Shown when the list is loaded and empty. */
  emptyText: string;
  /** What failed, shown above the backend's reason, for example "Could not list the computes of mlw-vision". */
  errorTitle: string;
  error?: Error;
  onRetry(): void;
  /** Said under the field when nothing more pressing is, for example that the list is cut short. */
  note?: string;
  /** More to show under the field, for example subscriptions that could not be listed. */
  children?: ReactNode;
}

const filterOptions = createFilterOptions<PickerOption>({
  stringify: option => `${option.label} ${option.detail ?? ''}`,
});

function OptionText(props: { option: PickerOption }) {
  const { option } = props;
  return (
    <Box display="flex" flexDirection="column" minWidth={0}>
      <Typography variant="body1" noWrap>
        {option.label}
      </Typography>
      {option.detail && (
        <Typography variant="body2" color="textSecondary" noWrap>
          {option.detail}
        </Typography>
      )}
    </Box>
  );
}

/** The picked value as an option, when the loaded list does not have it. */
function selectedOption(
  options: PickerOption[],
  value: string | undefined,
): PickerOption | null {
  if (!value) return null;
  return options.find(o => o.value === value) ?? { value, label: value };
}

/**
 * A field that picks one item from a list the Azure ML API loads: typed to
 * search (names and details), picked by mouse or keyboard, with its loading,
 * empty, disabled and error states said in words.
 *
 * @internal
 */
export function AzureMlPickerField(props: AzureMlPickerFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    options,
    required,
    invalid,
    disabledReason,
    disabled,
    loading,
    loadingText,
    emptyText,
    errorTitle,
    error,
    onRetry,
    note,
    children,
  } = props;
  const selected = selectedOption(options, value);
  // The picked value stays offered even when the list no longer has it.
  const offered =
    selected && !options.includes(selected) ? [selected, ...options] : options;
  const loaded = !loading && !error && !disabledReason;
  const helperText =
    disabledReason ??
    (loading ? loadingText : undefined) ??
    (loaded && options.length === 0 ? emptyText : undefined) ??
    note;

  return (
    <>
      <Autocomplete<PickerOption>
        id={id}
        options={offered}
        value={selected}
        onChange={(_event, option) => onChange(option?.value)}
        getOptionLabel={option => option.label}
        getOptionSelected={(option, picked) => option.value === picked.value}
        filterOptions={filterOptions}
        renderOption={option => <OptionText option={option} />}
        disabled={disabled || Boolean(disabledReason)}
        loading={loading}
        loadingText={loadingText}
        noOptionsText={error ? 'The list could not be loaded' : emptyText}
        renderInput={params => (
          <TextField
            {...params}
            label={label}
            required={required}
            error={invalid}
            helperText={helperText}
            variant="outlined"
            margin="dense"
            InputProps={{
              ...params.InputProps,
              endAdornment: (
                <>
                  {loading && (
                    <CircularProgress
                      color="inherit"
                      size={20}
                      aria-label={loadingText}
                    />
                  )}
                  {params.InputProps.endAdornment}
                </>
              ),
            }}
          />
        )}
      />
      {error && (
        <Box mt={1}>
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={onRetry}>
                Retry
              </Button>
            }
          >
            <Typography variant="body2" component="span">
              <strong>{errorTitle}:</strong> {loadErrorMessage(error)}
            </Typography>
          </Alert>
        </Box>
      )}
      {children}
    </>
  );
}
