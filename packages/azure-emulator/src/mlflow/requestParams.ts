/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request } from 'express';
import { invalidParameter } from './mlflowErrors';

/**
 * The parameters of an MLflow call: the query string for GETs, the JSON body
 * for POSTs, as MLflow's REST API takes them.
 */
export type MlflowParams = Record<string, unknown>;

export function paramsOf(req: Request): MlflowParams {
  if (req.method === 'GET') return req.query as MlflowParams;
  const body = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidParameter('The request body must be a JSON object.');
  }
  return body as MlflowParams;
}

export function optionalString(
  params: MlflowParams,
  name: string,
): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw invalidParameter(
      `Invalid value ${JSON.stringify(
        value,
      )} for parameter '${name}' supplied: it must be a string.`,
    );
  }
  return value;
}

export function requiredString(params: MlflowParams, name: string): string {
  const value = optionalString(params, name);
  if (value === undefined) {
    throw invalidParameter(
      `Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`,
    );
  }
  return value;
}

/** A repeated parameter: a JSON array in a body, repeated keys in a query. */
export function stringList(params: MlflowParams, name: string): string[] {
  const value = params[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every(item => typeof item === 'string')) {
    throw invalidParameter(
      `Invalid value ${JSON.stringify(
        value,
      )} for parameter '${name}' supplied: it must be a list of strings.`,
    );
  }
  return list as string[];
}

/** An integer parameter in [min, max]; `fallback` when absent. */
export function integerParam(
  params: MlflowParams,
  name: string,
  range: { min: number; max: number; fallback: number },
): number {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return range.fallback;
  const value = typeof raw === 'string' ? Number(raw) : raw;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range.min ||
    value > range.max
  ) {
    throw invalidParameter(
      `Invalid value ${JSON.stringify(
        raw,
      )} for parameter '${name}' supplied: it must be an integer from ${
        range.min
      } to ${range.max}.`,
    );
  }
  return value;
}
