/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export {
  LeastPrivilegeAdvisor,
  LEAST_PRIVILEGE_NOTE,
} from './LeastPrivilegeAdvisor';
export { readLeastPrivilegeWindow } from './readLeastPrivilegeWindow';
