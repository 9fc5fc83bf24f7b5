/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, fireEvent, screen, within } from '@testing-library/react';

/** Waits long enough for the test app to start. */
export const FIELD_START = { timeout: 10_000 };

/** The input of the picker labelled `label`. */
export function pickerInput(label: string | RegExp): HTMLInputElement {
  return screen.getByRole('textbox', { name: label }) as HTMLInputElement;
}

/** Opens the picker labelled `label`, reads its options' texts and closes it again. */
export async function openPicker(label: string | RegExp): Promise<string[]> {
  const input = pickerInput(label);
  fireEvent.mouseDown(input);
  const listbox = await screen.findByRole('listbox');
  const texts = within(listbox)
    .getAllByRole('option')
    .map(option => option.textContent ?? '');
  fireEvent.keyDown(input, { key: 'Escape' });
  return texts;
}

/** Opens the picker labelled `label` and clicks the option whose text matches `option`. */
export async function pickOption(
  label: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  fireEvent.mouseDown(pickerInput(label));
  const listbox = await screen.findByRole('listbox');
  // The pick may go on asynchronously (the workspace picker asks for the
  // user's token): let it finish inside act.
  await act(async () => {
    fireEvent.click(within(listbox).getByRole('option', { name: option }));
  });
}

/** Clicks `button` and lets what it starts finish inside act. */
export async function clickAndSettle(button: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(button);
  });
}
