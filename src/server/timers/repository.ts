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
  // One statement for the usual cases (a file re-plans its timers on every action: cancel, then revive the same keys).
  // A row the statement inserted has no xmax; one it updated carries this transaction's.
  const written = await tx
    .insertInto('timers')
    .values({ kind: row.kind, subject: row.subject, fire_at: row.fireAt, payload: JSON.stringify(row.payload), dedupe_key: row.dedupeKey })
    .onConflict((oc) =>
      oc
        .column('dedupe_key')
        .doUpdateSet((eb) => ({ fire_at: eb.ref('excluded.fire_at'), payload: eb.ref('excluded.payload'), cancelled_at: null, attempts: 0, last_error: null }))
        .where('timers.fired_at', 'is', null)
        .where('timers.cancelled_at', 'is not', null),
    )
    .returning(['id', sql<boolean>`xmax = 0`.as('inserted')])
    .executeTakeFirst();
  if (written) return { id: written.id, outcome: written.inserted ? 'created' : 'revived' };
  const existing = await tx.selectFrom('timers').select('id').where('dedupe_key', '=', row.dedupeKey).executeTakeFirstOrThrow();
  return { id: existing.id, outcome: 'existing' };
}

/**
 * Re-plans a subject's timers of one kind in one statement: its pending timers not among `rows` are cancelled, and
 * each of `rows` is created, or — when its key exists and has not fired — set to the new fire_at and payload, pending,
 * with a fresh attempt count. The same outcome as cancelling the subject's timers and scheduling each row again,
 * without a round trip per timer. The cancel leaves the re-planned keys alone, so no row is written twice.
 */
export async function replanPending(tx: Tx, filter: { subject: string; kind: string }, rows: readonly { fireAt: Date; payload: Record<string, unknown>; dedupeKey: string }[], now: Date): Promise<void> {
  const planned = JSON.stringify(rows.map((r) => ({ fire_at: r.fireAt.toISOString(), payload: r.payload, dedupe_key: r.dedupeKey })));
  await sql`
    WITH planned AS (SELECT * FROM jsonb_to_recordset(${planned}::jsonb) AS t(fire_at timestamptz, payload jsonb, dedupe_key text)),
    cancelled AS (
      UPDATE timers SET cancelled_at = ${now}
       WHERE subject = ${filter.subject} AND kind = ${filter.kind} AND fired_at IS NULL AND cancelled_at IS NULL
         AND dedupe_key NOT IN (SELECT dedupe_key FROM planned)
    )
    INSERT INTO timers (kind, subject, fire_at, payload, dedupe_key)
    SELECT ${filter.kind}, ${filter.subject}, fire_at, payload, dedupe_key FROM planned
    ON CONFLICT (dedupe_key) DO UPDATE SET fire_at = excluded.fire_at, payload = excluded.payload, cancelled_at = NULL, attempts = 0, last_error = NULL
     WHERE timers.fired_at IS NULL`.execute(tx);
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
