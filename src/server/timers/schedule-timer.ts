import type { Tx } from '../db/database.ts';
import * as repo from './repository.ts';

export interface TimerSpec {
  /** What happens when it fires, e.g. `file.overdue`; selects the sweeper's handler. */
  kind: string;
  /** What it is about, e.g. `file:123`; `cancelTimers` goes by subject. */
  subject: string;
  fireAt: Date;
  /** A JSON object handed to the handler; `{}` when omitted. */
  payload?: Record<string, unknown>;
  /** Scheduling twice with one key schedules once; defaults to `defaultDedupeKey(kind, subject, fireAt)`. */
  dedupeKey?: string;
}

export interface ScheduledTimer {
  id: number;
  /** `created`: new; `revived`: it had been cancelled and never fired; `existing`: already pending or fired, left alone. */
  outcome: repo.UpsertOutcome;
}

const KIND = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/** A programming error, not the user's: a timer's kind, subject and fire times are written by zimao's own code. */
function assertWellFormed(kind: string, subject: string, fireAts: readonly Date[]): void {
  if (!KIND.test(kind)) throw new Error(`timer kind must look like "file.overdue", got ${JSON.stringify(kind)}`);
  if (subject === '') throw new Error('timer subject must not be empty');
  for (const at of fireAts) if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new Error('timer fireAt must be a valid Date');
}

/** `kind|subject|fireAt`: a kind holds no `|` and an ISO instant neither, so the key is unambiguous. */
export function defaultDedupeKey(kind: string, subject: string, fireAt: Date): string {
  return `${kind}|${subject}|${fireAt.toISOString()}`;
}

/**
 * Schedules a timer inside the caller's transaction, so it exists exactly when the change that
 * needs it commits (the caller's audit row covers it). Idempotent by dedupe key: scheduling the same
 * timer again returns the same id and changes nothing, except that a cancelled timer that never
 * fired is revived (so "cancel the subject's timers, then schedule the new ones" works when a
 * deadline did not move). A pending timer is never moved: cancel it and schedule anew.
 */
export function scheduleTimer(tx: Tx, spec: TimerSpec): Promise<ScheduledTimer> {
  assertWellFormed(spec.kind, spec.subject, [spec.fireAt]);
  const payload = spec.payload ?? {};
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('timer payload must be a JSON object');
  const dedupeKey = spec.dedupeKey ?? defaultDedupeKey(spec.kind, spec.subject, spec.fireAt);
  return repo.upsertTimer(tx, { kind: spec.kind, subject: spec.subject, fireAt: spec.fireAt, payload, dedupeKey });
}

/**
 * Cancels the pending timers of a subject (only those of `kind` when given) inside the caller's
 * transaction; fired timers are history and stay as they are. A timer a sweeper is firing at this
 * moment is locked: the cancel waits for that sweep's commit and then leaves the fired timer alone.
 * `now` is the instant recorded as cancelled_at (the transaction's start by the database clock when omitted).
 * Returns how many timers were cancelled.
 */
export function cancelTimers(tx: Tx, filter: { subject: string; kind?: string }, now?: Date): Promise<number> {
  return repo.cancelPending(tx, filter, now ?? null);
}

/**
 * Replaces the pending timers of a subject and kind with these (each as `scheduleTimer` would schedule it), inside
 * the caller's transaction and in one statement: what "cancel the subject's timers, then schedule each" does.
 */
export function replanTimers(tx: Tx, filter: { subject: string; kind: string }, timers: readonly { fireAt: Date; payload: Record<string, unknown> }[], now: Date): Promise<void> {
  assertWellFormed(filter.kind, filter.subject, timers.map((t) => t.fireAt));
  const rows = timers.map((t) => ({ ...t, dedupeKey: defaultDedupeKey(filter.kind, filter.subject, t.fireAt) }));
  return repo.replanPending(tx, filter, rows, now);
}
