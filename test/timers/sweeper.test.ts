import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/server/context.ts';
import { openDatabase, type Database, type Tx } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { sealAuditTrail, verifyAuditChain } from '../../src/server/features/audit/service.ts';
import { findTimer, listTimers, type Timer } from '../../src/server/timers/repository.ts';
import { cancelTimers, replanTimers, scheduleTimer, type TimerSpec } from '../../src/server/timers/schedule-timer.ts';
import { defaultBackoffMs, startSweeper, sweepOnce, SWEEPER_ACTOR, type TimerHandlers } from '../../src/server/timers/sweeper.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const T0 = new Date('2026-11-24T02:00:00Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

let testDb: TestDatabase;
let database: Database;
let ctx: AppContext;
let clock: Date;
/** Handler invocations per timer id, including those whose work was rolled back. */
let calls: Map<number, number>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await openDatabase(testDb.options);
  await migrate(database);
  ctx = { database, db: database.db, now: () => clock };
  // What the handlers write: a row per firing, in the sweeper's transaction.
  await sql`CREATE TABLE timer_effects (id serial PRIMARY KEY, timer_id bigint NOT NULL, note text)`.execute(database.db);
});
afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});
beforeEach(async () => {
  clock = T0;
  calls = new Map();
  await sql`DELETE FROM timer_effects`.execute(database.db);
  await sql`DELETE FROM timers`.execute(database.db);
});

function count(timer: Timer) {
  calls.set(timer.id, (calls.get(timer.id) ?? 0) + 1);
}
async function record(tx: Tx, timer: Timer) {
  count(timer);
  await sql`INSERT INTO timer_effects (timer_id, note) VALUES (${timer.id}, ${timer.kind})`.execute(tx);
}

const handlers: TimerHandlers = {
  'test.record': record,
  /** Writes, then fails on its first attempt only. */
  'test.flaky': async (tx, timer) => {
    await record(tx, timer);
    if (timer.attempts === 0) throw new Error('flaky: first attempt fails');
  },
  'test.always_fails': async (tx, timer) => {
    await record(tx, timer);
    throw new Error('always fails');
  },
  /** Writes, then sends a statement PostgreSQL refuses, which aborts the transaction. */
  'test.bad_sql': async (tx, timer) => {
    await record(tx, timer);
    await sql`INSERT INTO timer_effects (id, timer_id) VALUES (-1, 0), (-1, 0)`.execute(tx);
  },
};

const schedule = (spec: TimerSpec) => database.db.transaction().execute((tx) => scheduleTimer(tx, spec));
const effects = async () =>
  (await sql<{ timer_id: number }>`SELECT timer_id FROM timer_effects ORDER BY id`.execute(database.db)).rows.map((r) => Number(r.timer_id));
const timer = async (id: number) => {
  const row = await findTimer(database.db, id);
  if (!row) throw new Error(`timer ${id} is gone`);
  return row;
};
async function auditActions(subjectPrefix: string): Promise<string[]> {
  await sealAuditTrail(database.db); // as a reader of the trail does (migration 0031)
  const rows = await database.db
    .selectFrom('audit_log')
    .select(['action', 'actor'])
    .where('subject', 'like', `${subjectPrefix}%`)
    .orderBy('seq')
    .execute();
  for (const r of rows) expect(r.actor).toBe(SWEEPER_ACTOR);
  return rows.map((r) => r.action);
}

describe('sweepOnce', () => {
  it('fires due timers exactly once, and future ones only once they are due', async () => {
    const early = await schedule({ kind: 'test.record', subject: 'due:1', fireAt: at(-30), payload: { n: 1 } });
    const exact = await schedule({ kind: 'test.record', subject: 'due:2', fireAt: at(0) });
    const later = await schedule({ kind: 'test.record', subject: 'due:3', fireAt: at(10) });
    expect([early.outcome, exact.outcome, later.outcome]).toEqual(['created', 'created', 'created']);

    const first = await sweepOnce(ctx, handlers);
    expect(first).toEqual({ fired: [early.id, exact.id], failed: [], dead: [] });
    expect(await effects()).toEqual([early.id, exact.id]);
    expect((await timer(early.id)).fired_at).toEqual(T0);
    expect((await timer(later.id)).fired_at).toBeNull();

    // Same instant again: nothing is due any more.
    expect(await sweepOnce(ctx, handlers)).toEqual({ fired: [], failed: [], dead: [] });
    clock = at(9);
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([]);
    clock = at(10);
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([later.id]);
    clock = at(60);
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([]);

    expect(await effects()).toEqual([early.id, exact.id, later.id]);
    expect([...calls.values()]).toEqual([1, 1, 1]);
    expect(await auditActions('due:')).toEqual(['timer.fire', 'timer.fire', 'timer.fire']);
    const audit = await database.db.selectFrom('audit_log').selectAll().where('subject', '=', 'due:1').executeTakeFirstOrThrow();
    expect(audit.request).toMatchObject({ timerId: early.id, kind: 'test.record', payload: { n: 1 } });
    expect(audit.occurred_at).toEqual(T0);
  });

  it('takes at most batchSize timers, oldest fire_at first', async () => {
    const ids: number[] = [];
    for (const m of [-1, -5, -3, -2, -4]) ids.push((await schedule({ kind: 'test.record', subject: `batch:${m}`, fireAt: at(m) })).id);
    expect((await sweepOnce(ctx, handlers, { batchSize: 2 })).fired).toEqual([ids[1], ids[4]]);
    expect((await sweepOnce(ctx, handlers, { batchSize: 2 })).fired).toEqual([ids[2], ids[3]]);
    expect((await sweepOnce(ctx, handlers, { batchSize: 2 })).fired).toEqual([ids[0]]);
    await expect(sweepOnce(ctx, handlers, { batchSize: 0 })).rejects.toThrow(/batchSize/);
  });

  it('fires up to perTransaction timers in one transaction, each with its own audit row', async () => {
    const transactions = new Map<number, string>();
    const byTransaction: TimerHandlers = {
      'test.txid': async (tx, t) => {
        transactions.set(t.id, (await sql<{ x: string }>`SELECT txid_current()::text AS x`.execute(tx)).rows[0]!.x);
      },
    };
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await schedule({ kind: 'test.txid', subject: `txid:${i}`, fireAt: at(-5 + i) })).id);
    expect((await sweepOnce(ctx, byTransaction, { perTransaction: 2 })).fired).toEqual(ids);
    // Timers 1–2, 3–4 and 5 shared three transactions.
    const txids = ids.map((id) => transactions.get(id));
    expect([txids[0] === txids[1], txids[2] === txids[3], new Set(txids).size]).toEqual([true, true, 3]);
    for (let i = 0; i < 5; i++) expect(await auditActions(`txid:${i}`)).toEqual(['timer.fire']);
    await expect(sweepOnce(ctx, byTransaction, { perTransaction: 0 })).rejects.toThrow('perTransaction must be a positive integer');
  });

  it('schedules idempotently: the same timer twice is one row, and a fired one is never scheduled again', async () => {
    const spec = { kind: 'test.record', subject: 'idem:1', fireAt: at(-1), payload: { v: 1 } };
    const a = await schedule(spec);
    const b = await schedule({ ...spec, payload: { v: 2 } });
    // Within one transaction too.
    const [c, d] = await database.db.transaction().execute(async (tx) => [await scheduleTimer(tx, spec), await scheduleTimer(tx, spec)]);
    expect(a.outcome).toBe('created');
    expect([b, c, d]).toEqual([{ id: a.id, outcome: 'existing' }, { id: a.id, outcome: 'existing' }, { id: a.id, outcome: 'existing' }]);
    expect(await listTimers(database.db, { subject: 'idem:1' })).toHaveLength(1);
    expect((await timer(a.id)).payload).toEqual({ v: 1 });

    // An explicit dedupe key: one timer per key whatever the instant.
    const k1 = await schedule({ kind: 'test.record', subject: 'idem:2', fireAt: at(-2), dedupeKey: 'idem:2:reminder' });
    const k2 = await schedule({ kind: 'test.record', subject: 'idem:2', fireAt: at(-1), dedupeKey: 'idem:2:reminder' });
    expect(k2).toEqual({ id: k1.id, outcome: 'existing' });

    expect((await sweepOnce(ctx, handlers)).fired).toEqual([k1.id, a.id]);
    expect(await schedule(spec)).toEqual({ id: a.id, outcome: 'existing' });
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([]);
    expect(calls.get(a.id)).toBe(1);
    expect(await effects()).toEqual([k1.id, a.id]);
  });

  it('never fires a cancelled timer; scheduling it again revives it', async () => {
    const a = await schedule({ kind: 'test.record', subject: 'cancel:1', fireAt: at(-3) });
    const b = await schedule({ kind: 'test.flaky', subject: 'cancel:1', fireAt: at(-2) });
    const c = await schedule({ kind: 'test.record', subject: 'cancel:2', fireAt: at(-1) });
    const d = await schedule({ kind: 'test.record', subject: 'cancel:3', fireAt: at(-1) });
    const cancelled = await database.db.transaction().execute(async (tx) => [
      await cancelTimers(tx, { subject: 'cancel:1', kind: 'test.record' }, T0),
      await cancelTimers(tx, { subject: 'cancel:2' }),
      await cancelTimers(tx, { subject: 'cancel:2' }),
    ]);
    expect(cancelled).toEqual([1, 1, 0]);
    // A cancel that rolls back cancels nothing.
    await expect(
      database.db.transaction().execute(async (tx) => {
        await cancelTimers(tx, { subject: 'cancel:3' });
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');

    expect((await timer(a.id)).cancelled_at).toEqual(T0);
    expect((await timer(c.id)).cancelled_at).toBeInstanceOf(Date);
    expect((await timer(d.id)).cancelled_at).toBeNull();

    clock = at(600);
    const swept = await sweepOnce(ctx, handlers);
    expect(swept.fired).toEqual([d.id]);
    expect(swept.failed).toEqual([b.id]); // the flaky one ran (it was not cancelled) and failed once
    expect(calls.has(a.id)).toBe(false);
    expect(calls.has(c.id)).toBe(false);

    // Cancelling fired timers changes nothing.
    expect(await database.db.transaction().execute((tx) => cancelTimers(tx, { subject: 'cancel:3' }))).toBe(0);
    expect((await timer(d.id)).fired_at).toEqual(at(600));

    // "Cancel the subject's timers, schedule the current ones": an unchanged timer survives.
    const again = await database.db.transaction().execute(async (tx) => {
      await cancelTimers(tx, { subject: 'cancel:2' });
      return scheduleTimer(tx, { kind: 'test.record', subject: 'cancel:2', fireAt: at(-1) });
    });
    expect(again).toEqual({ id: c.id, outcome: 'revived' });
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([c.id]);
    expect(calls.get(c.id)).toBe(1);
  });

  it('re-plans a subject in one call: drops pending timers not planned, keeps or revives planned ones, never touches fired ones', async () => {
    const spec = (minutes: number) => ({ kind: 'test.record', subject: 'plan:1', fireAt: at(minutes), payload: { v: 1 } });
    const fired = await schedule(spec(-5));
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([fired.id]);
    const dropped = await schedule(spec(10));
    const kept = await schedule(spec(20));
    const revived = await schedule(spec(30));
    await database.db.transaction().execute((tx) => cancelTimers(tx, { subject: 'plan:1' }, at(1)));
    const other = await schedule({ kind: 'test.other', subject: 'plan:1', fireAt: at(10) }); // another kind: not this plan's

    clock = at(2);
    await database.db.transaction().execute((tx) =>
      replanTimers(tx, { subject: 'plan:1', kind: 'test.record' }, [-5, 20, 30, 40].map((m) => ({ fireAt: at(m), payload: { v: 2 } })), clock),
    );
    const rows = new Map((await listTimers(database.db, { subject: 'plan:1' })).map((t) => [t.id, t]));
    expect(rows.size).toBe(6);
    expect(rows.get(fired.id)).toMatchObject({ fired_at: at(0), payload: { v: 1 } });
    // `dropped` was cancelled at 1 and is not planned again: it stays cancelled, as it was.
    expect(rows.get(dropped.id)).toMatchObject({ cancelled_at: at(1), payload: { v: 1 } });
    for (const id of [kept.id, revived.id]) expect(rows.get(id)).toMatchObject({ cancelled_at: null, fired_at: null, attempts: 0, payload: { v: 2 } });
    const added = [...rows.values()].find((t) => t.fire_at.getTime() === at(40).getTime())!;
    expect(added).toMatchObject({ kind: 'test.record', cancelled_at: null, payload: { v: 2 } });
    expect(rows.get(other.id)!.cancelled_at).toBeNull();

    // Planning nothing cancels every pending timer of the kind, and only those.
    await database.db.transaction().execute((tx) => replanTimers(tx, { subject: 'plan:1', kind: 'test.record' }, [], at(3)));
    const after = await listTimers(database.db, { subject: 'plan:1' });
    expect(after.filter((t) => t.fired_at === null && t.cancelled_at === null).map((t) => t.id)).toEqual([other.id]);
    expect(after.find((t) => t.id === kept.id)!.cancelled_at).toEqual(at(3));
  });

  it('begins no timer in a transaction past maxTransactionMs: the rest wait for the next transaction of the same sweep', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await schedule({ kind: 'test.slow', subject: `slow:${i}`, fireAt: at(-10 + i) })).id);
    const transactions = new Set<Tx>();
    const slow: TimerHandlers = {
      'test.slow': async (tx, t) => {
        transactions.add(tx);
        count(t);
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    };
    const swept = await sweepOnce(ctx, slow, { batchSize: 5, perTransaction: 5, maxTransactionMs: 30 });
    expect(swept.fired).toEqual(ids);
    expect([...calls.values()]).toEqual([1, 1, 1, 1, 1]);
    // Each timer takes 20 ms, so a transaction begins at most two before its 30 ms are up: at least three transactions.
    expect(transactions.size).toBeGreaterThanOrEqual(3);
  });

  it('rolls back a failing handler, records the attempt, and fires the timer after the backoff', async () => {
    const t = await schedule({ kind: 'test.flaky', subject: 'flaky:1', fireAt: at(-1) });
    const ok = await schedule({ kind: 'test.record', subject: 'flaky:2', fireAt: at(0) });

    const first = await sweepOnce(ctx, handlers);
    expect(first).toEqual({ fired: [ok.id], failed: [t.id], dead: [] });
    // The row the handler inserted before throwing is gone; the other timer's is there.
    expect(await effects()).toEqual([ok.id]);
    const failed = await timer(t.id);
    expect(failed).toMatchObject({ attempts: 1, last_error: 'flaky: first attempt fails', fired_at: null, cancelled_at: null });
    expect(failed.fire_at).toEqual(new Date(T0.getTime() + defaultBackoffMs(1)));
    expect(defaultBackoffMs(1)).toBe(MINUTE);

    // Not before the backoff has passed.
    expect(await sweepOnce(ctx, handlers)).toEqual({ fired: [], failed: [], dead: [] });
    clock = new Date(failed.fire_at.getTime() - 1);
    expect((await sweepOnce(ctx, handlers)).fired).toEqual([]);
    clock = failed.fire_at;
    expect(await sweepOnce(ctx, handlers)).toEqual({ fired: [t.id], failed: [], dead: [] });

    // The failing firing ran the handler twice, both rolled back: in the shared transaction, then alone to record
    // the failure; the firing after the backoff once.
    expect(calls.get(t.id)).toBe(3);
    expect(await effects()).toEqual([ok.id, t.id]);
    expect(await timer(t.id)).toMatchObject({ attempts: 1, fired_at: clock });
    expect(await auditActions('flaky:1')).toEqual(['timer.fail', 'timer.fire']);
  });

  it('gives a timer up after maxAttempts, with its error', async () => {
    const t = await schedule({ kind: 'test.always_fails', subject: 'dead:1', fireAt: at(0) });
    const options = { maxAttempts: 3, backoffMs: (n: number) => n * MINUTE };
    expect((await sweepOnce(ctx, handlers, options)).failed).toEqual([t.id]);
    expect((await timer(t.id)).fire_at).toEqual(at(1));
    clock = at(1);
    expect((await sweepOnce(ctx, handlers, options)).failed).toEqual([t.id]);
    expect((await timer(t.id)).fire_at).toEqual(at(3));
    clock = at(3);
    expect(await sweepOnce(ctx, handlers, options)).toEqual({ fired: [], failed: [], dead: [t.id] });
    expect(await timer(t.id)).toMatchObject({ attempts: 3, fired_at: null, cancelled_at: at(3), last_error: 'gave up after 3 attempts: always fails' });
    clock = at(600);
    expect(await sweepOnce(ctx, handlers, options)).toEqual({ fired: [], failed: [], dead: [] });
    // Each failing sweep ran it twice (shared transaction, then alone), every run rolled back.
    expect(calls.get(t.id)).toBe(6);
    expect(await effects()).toEqual([]);
    expect(await auditActions('dead:1')).toEqual(['timer.fail', 'timer.fail', 'timer.dead']);
  });

  it('recovers from a handler whose SQL aborted the transaction', async () => {
    const bad = await schedule({ kind: 'test.bad_sql', subject: 'sql:1', fireAt: at(-1) });
    const ok = await schedule({ kind: 'test.record', subject: 'sql:2', fireAt: at(0) });
    expect(await sweepOnce(ctx, handlers)).toEqual({ fired: [ok.id], failed: [bad.id], dead: [] });
    const row = await timer(bad.id);
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/duplicate key.*\(23505\)$/);
    expect(await effects()).toEqual([ok.id]);
  });

  it('records an unknown kind on the row instead of crashing, and carries on', async () => {
    const unknown = await schedule({ kind: 'test.nobody_handles_this', subject: 'unknown:1', fireAt: at(-1) });
    const ok = await schedule({ kind: 'test.record', subject: 'unknown:2', fireAt: at(0) });
    expect(await sweepOnce(ctx, handlers)).toEqual({ fired: [ok.id], failed: [unknown.id], dead: [] });
    expect(await timer(unknown.id)).toMatchObject({
      attempts: 1,
      last_error: 'no handler for timer kind test.nobody_handles_this',
      fired_at: null,
      cancelled_at: null,
    });
    // A handler from a later release picks it up after the backoff.
    clock = at(5);
    expect((await sweepOnce(ctx, { ...handlers, 'test.nobody_handles_this': record })).fired).toEqual([unknown.id]);
    // An inherited property name is not a handler.
    const proto = await schedule({ kind: 'constructor', subject: 'unknown:3', fireAt: at(5) });
    expect((await sweepOnce(ctx, handlers)).failed).toEqual([proto.id]);
  });

  it('refuses malformed timers', async () => {
    await expect(schedule({ kind: 'File Overdue', subject: 'x', fireAt: T0 })).rejects.toThrow(/kind/);
    await expect(schedule({ kind: 'file.overdue', subject: '', fireAt: T0 })).rejects.toThrow(/subject/);
    await expect(schedule({ kind: 'file.overdue', subject: 'x', fireAt: new Date('nonsense') })).rejects.toThrow(/fireAt/);
    await expect(schedule({ kind: 'file.overdue', subject: 'x', fireAt: T0, payload: [] as never })).rejects.toThrow(/payload/);
    expect(await listTimers(database.db)).toEqual([]);
  });
});

describe('startSweeper', () => {
  it('sweeps at once and then every interval, and stops', async () => {
    const a = await schedule({ kind: 'test.record', subject: 'loop:1', fireAt: at(-1) });
    const errors: unknown[] = [];
    const sweeper = startSweeper(ctx, handlers, { intervalMs: 10, batchSize: 1, onError: (e) => errors.push(e) });
    await waitFor(async () => (await timer(a.id)).fired_at !== null);
    // Fired while it runs: a timer that falls due later.
    const b = await schedule({ kind: 'test.record', subject: 'loop:2', fireAt: at(1) });
    await new Promise((r) => setTimeout(r, 50));
    expect((await timer(b.id)).fired_at).toBeNull();
    clock = at(1);
    await waitFor(async () => (await timer(b.id)).fired_at !== null);
    await sweeper.stop();

    clock = at(2);
    const c = await schedule({ kind: 'test.record', subject: 'loop:3', fireAt: at(2) });
    await new Promise((r) => setTimeout(r, 100));
    expect((await timer(c.id)).fired_at).toBeNull();
    expect(errors).toEqual([]);
    expect([calls.get(a.id), calls.get(b.id), calls.has(c.id)]).toEqual([1, 1, false]);
  });

  it('reports a failed sweep and carries on', async () => {
    const errors: unknown[] = [];
    let broken = true;
    const flakyCtx: AppContext = {
      ...ctx,
      now: () => {
        if (broken) throw new Error('clock unavailable');
        return clock;
      },
    };
    const a = await schedule({ kind: 'test.record', subject: 'loop:4', fireAt: at(0) });
    const sweeper = startSweeper(flakyCtx, handlers, { intervalMs: 10, onError: (e) => errors.push(e) });
    await waitFor(async () => errors.length >= 2);
    broken = false;
    await waitFor(async () => (await timer(a.id)).fired_at !== null);
    await sweeper.stop();
    expect((errors[0] as Error).message).toBe('clock unavailable');
  });
});

describe('the audit trail', () => {
  it('still verifies after all the sweeps', async () => {
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
