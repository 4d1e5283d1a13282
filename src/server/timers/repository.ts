import { sql, type Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../db/database.ts';
import type { TimersTable } from '../db/tables.ts';

/** A timer row as read from the database. */
export type Timer = Selectable<TimersTable>;

export interface NewTimerRow {
  kind: string;
  subject: string;
  fireAt: Date;
  payload: Record<string, unknown>;
  dedupeKey: string;
}

export type UpsertOutcome = 'created' | 'revived' | 'existing';

/**
 * Inserts a timer unless one with the same dedupe key exists. An existing one that was cancelled
 * (or given up on) and never fired is revived with the new fire_at and payload and a fresh attempt
 * count; a pending or fired one is left as it is, so a timer never fires twice.
 */
export async function upsertTimer(tx: Tx, row: NewTimerRow): Promise<{ id: number; outcome: UpsertOutcome }> {
  const inserted = await tx
    .insertInto('timers')
    .values({ kind: row.kind, subject: row.subject, fire_at: row.fireAt, payload: JSON.stringify(row.payload), dedupe_key: row.dedupeKey })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, outcome: 'created' };
  const revived = await tx
    .updateTable('timers')
    .set({ fire_at: row.fireAt, payload: JSON.stringify(row.payload), cancelled_at: null, attempts: 0, last_error: null })
    .where('dedupe_key', '=', row.dedupeKey)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is not', null)
    .returning('id')
    .executeTakeFirst();
  if (revived) return { id: revived.id, outcome: 'revived' };
  const existing = await tx.selectFrom('timers').select('id').where('dedupe_key', '=', row.dedupeKey).executeTakeFirstOrThrow();
  return { id: existing.id, outcome: 'existing' };
}

/** Cancels the pending timers of a subject (of one kind, when given); returns how many. */
export async function cancelPending(tx: Tx, filter: { subject: string; kind?: string | undefined }, now: Date | null): Promise<number> {
  let q = tx
    .updateTable('timers')
    .set({ cancelled_at: now ?? sql<Date>`now()` })
    .where('subject', '=', filter.subject)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null);
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * Takes up to `limit` due timers, oldest first, locking them for this transaction and skipping
 * those another transaction holds (FOR UPDATE SKIP LOCKED): concurrent sweepers never take the
 * same timer, and a timer fired and committed by another sweeper is no longer pending when its lock
 * is granted, so it is not taken again.
 */
export function takeDue(tx: Tx, opts: { now: Date; limit: number }): Promise<Timer[]> {
  return tx
    .selectFrom('timers')
    .selectAll()
    .where('fire_at', '<=', opts.now)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .orderBy('fire_at')
    .orderBy('id')
    .limit(opts.limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markFiredMany(tx: Tx, ids: readonly number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  // As markFired: a handler that re-planned its own timer does not un-fire it.
  await tx.updateTable('timers').set({ fired_at: now, cancelled_at: null }).where('id', 'in', ids).execute();
}

export async function markFired(tx: Tx, id: number, now: Date): Promise<void> {
  // A handler may re-plan its subject's timers and so cancel the very timer that is firing: it fired all the same.
  await tx.updateTable('timers').set({ fired_at: now, cancelled_at: null }).where('id', '=', id).execute();
}

/** Records a failed attempt and moves the timer to its next try. */
export async function markRetry(tx: Tx, id: number, change: { attempts: number; lastError: string; fireAt: Date }): Promise<void> {
  await tx
    .updateTable('timers')
    .set({ attempts: change.attempts, last_error: change.lastError, fire_at: change.fireAt })
    .where('id', '=', id)
    .execute();
}

/** Records the last failed attempt and gives the timer up (cancelled, with the error). */
export async function markDead(tx: Tx, id: number, change: { attempts: number; lastError: string; now: Date }): Promise<void> {
  await tx
    .updateTable('timers')
    .set({ attempts: change.attempts, last_error: change.lastError, cancelled_at: change.now })
    .where('id', '=', id)
    .execute();
}

export function findTimer(db: DbOrTx, id: number): Promise<Timer | undefined> {
  return db.selectFrom('timers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTimers(db: DbOrTx, filter: { subject?: string; kind?: string } = {}): Promise<Timer[]> {
  let q = db.selectFrom('timers').selectAll();
  if (filter.subject !== undefined) q = q.where('subject', '=', filter.subject);
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  return q.orderBy('fire_at').orderBy('id').execute();
}
