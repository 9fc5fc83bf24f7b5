/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  LoggerService,
  RootLoggerService,
} from '@backstage/backend-plugin-api';

/** One line a backend logged. */
export type LogRecord = {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta: Record<string, unknown>;
};

/** A root logger that keeps what it is told, so tests can assert on it. */
export class RecordingLogger implements RootLoggerService {
  constructor(
    private readonly records: LogRecord[],
    private readonly fields: Record<string, unknown> = {},
  ) {}

  error(message: string, meta?: Error | object) {
    this.record('error', message, meta);
  }

  warn(message: string, meta?: Error | object) {
    this.record('warn', message, meta);
  }

  info(message: string, meta?: Error | object) {
    this.record('info', message, meta);
  }

  debug(message: string, meta?: Error | object) {
    this.record('debug', message, meta);
  }

  child(meta: Record<string, unknown>): LoggerService {
    return new RecordingLogger(this.records, { ...this.fields, ...meta });
  }

  private record(
    level: LogRecord['level'],
    message: string,
    meta?: Error | object,
  ) {
    const extra =
      meta instanceof Error ? { error: meta.message } : { ...(meta ?? {}) };
    this.records.push({ level, message, meta: { ...this.fields, ...extra } });
  }
}
