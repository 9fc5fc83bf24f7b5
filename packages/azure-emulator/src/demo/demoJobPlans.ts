/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** One generated job: what it is and when it runs, relative to the epoch. */
export type JobPlan = {
  jobType: 'Command' | 'Sweep' | 'Pipeline';
  /** Index into the theme's experiments. */
  experiment: 0 | 1 | 2;
  /** When it starts running, in minutes from the epoch (negative: before). */
  startMin: number;
  durationMin: number;
  finalStatus: 'Completed' | 'Failed';
  /** Canceled this many minutes after it started. */
  cancelAfterMin?: number;
  /** Its status until it starts (`Queued` when not given). */
  pendingStatus?: 'Queued' | 'NotStarted' | 'Preparing';
  isArchived?: boolean;
  /** The model (index into the theme's models) and version registered from its output. */
  registers?: { model: 0 | 1; version: number };
  /** Index into the theme's data assets: its training input. */
  data: number;
  /** How many steps it logs; about one a minute (10 to 120) when absent. */
  loggedSteps?: number;
};

const DAY = 24 * 60;

/**
 * The jobs of every generated workspace: completed ones that produced each
 * model version, failed, canceled and archived ones, two running at the
 * epoch (so their metrics grow while you watch) and three about to start.
 */
export const JOB_PLANS: JobPlan[] = [
  {
    jobType: 'Command',
    experiment: 0,
    startMin: -7 * DAY,
    durationMin: 50,
    finalStatus: 'Completed',
    registers: { model: 0, version: 1 },
    data: 0,
  },
  {
    jobType: 'Command',
    experiment: 1,
    startMin: -6 * DAY,
    durationMin: 40,
    finalStatus: 'Completed',
    registers: { model: 1, version: 1 },
    data: 1,
  },
  {
    jobType: 'Command',
    experiment: 0,
    startMin: -5 * DAY,
    durationMin: 55,
    finalStatus: 'Completed',
    registers: { model: 0, version: 2 },
    data: 0,
  },
  {
    jobType: 'Command',
    experiment: 0,
    startMin: -4 * DAY,
    durationMin: 12,
    finalStatus: 'Failed',
    isArchived: true,
    data: 0,
  },
  {
    jobType: 'Sweep',
    experiment: 0,
    startMin: -3 * DAY,
    durationMin: 180,
    finalStatus: 'Completed',
    registers: { model: 0, version: 3 },
    data: 0,
    // A long history: the 10,000-point chart of the frontend's benchmark.
    loggedSteps: 10_000,
  },
  {
    jobType: 'Command',
    experiment: 2,
    startMin: -2 * DAY - 120,
    durationMin: 120,
    finalStatus: 'Completed',
    cancelAfterMin: 30,
    data: 1,
  },
  {
    jobType: 'Pipeline',
    experiment: 1,
    startMin: -2 * DAY,
    durationMin: 90,
    finalStatus: 'Completed',
    registers: { model: 1, version: 2 },
    data: 1,
  },
  {
    jobType: 'Pipeline',
    experiment: 2,
    startMin: -30 * 60,
    durationMin: 25,
    finalStatus: 'Failed',
    data: 2,
  },
  {
    jobType: 'Command',
    experiment: 1,
    startMin: -DAY,
    durationMin: 35,
    finalStatus: 'Completed',
    registers: { model: 1, version: 3 },
    data: 2,
  },
  {
    jobType: 'Sweep',
    experiment: 0,
    startMin: -20 * 60,
    durationMin: 240,
    finalStatus: 'Completed',
    cancelAfterMin: 60,
    data: 0,
  },
  {
    jobType: 'Sweep',
    experiment: 0,
    startMin: -70,
    durationMin: 300,
    finalStatus: 'Completed',
    data: 0,
  },
  {
    jobType: 'Command',
    experiment: 1,
    startMin: -25,
    durationMin: 180,
    finalStatus: 'Completed',
    data: 0,
    // Logs about a step a second, so its charts visibly grow while it runs.
    loggedSteps: 10_000,
  },
  {
    jobType: 'Command',
    experiment: 2,
    startMin: 2,
    durationMin: 45,
    finalStatus: 'Completed',
    pendingStatus: 'Preparing',
    data: 1,
  },
  {
    jobType: 'Command',
    experiment: 1,
    startMin: 8,
    durationMin: 60,
    finalStatus: 'Completed',
    pendingStatus: 'Queued',
    data: 2,
  },
  {
    jobType: 'Pipeline',
    experiment: 2,
    startMin: 40,
    durationMin: 90,
    finalStatus: 'Completed',
    pendingStatus: 'NotStarted',
    data: 0,
  },
];
