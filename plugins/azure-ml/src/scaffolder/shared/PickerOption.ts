/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * One choice of a picker field: the value the form keeps, and what the user
 * reads.
 *
 * @internal
 */
export interface PickerOption {
  /** What the form data holds when this option is picked. */
  value: string;
  /** The option's name, shown in the input once picked. */
  label: string;
  /** A second line in the list, for example where the item lives; searched too. */
  detail?: string;
}
