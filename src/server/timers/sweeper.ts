import { sql } from 'kysely';
import { actorName, type AppContext } from '../context.ts';
import type { Tx } from '../db/database.ts';
import { appendAudit, appendAuditBatch } from '../features/audit/service.ts';
import * as repo from './repository.ts';
import type { Timer } from './repository.ts';

/**
 * Does what a timer of one kind stands for, inside the sweeper's transaction: it must write through
 * `tx` only (on PGlite, `ctx.db` would wait for the one connection this transaction holds). Its
 * work commits together with the timer's fired_at and audit row, or not at all.
 */
export type TimerHandler = (tx: Tx, timer: Timer, ctx: AppContext) => Promise<void>;
export type TimerHandlers = Readonly<Record<string, TimerHandler>>;

export interface SweepOptions {
  /** At most this many timers per sweep. Default 100. */
  batchSize?: number;
  /** At most this many timers fired in one transaction. Default 25 (on PGlite a transaction holds the one connection). */
  perTransaction?: number;
  /**
   * No further timer is begun in a transaction that has run this long; the ones taken and not begun stay pending for
   * the next transaction of the sweep. Bounds how long a sweep holds PGlite's one connection whatever the handlers
   * cost, so the batch can be large when they are cheap. Default: no bound.
   */
  maxTransactionMs?: number;
  /** After this many failed attempts a timer is given up on (cancelled with its error). Default 10. */
  maxAttempts?: number;
  /** Delay before the next attempt after the n-th failure (n ≥ 1). Default `defaultBackoffMs`. */
  backoffMs?: (attempts: number) => number;
  /** Stops the sweep between two timers once aborted (the timer in hand is finished first). */
  signal?: AbortSignal;
}

/** Timer ids, in the order they were handled. */
export interface SweepResult {
  fired: number[];
  /** Failed and moved to a later fire_at. */
  failed: number[];
  /** Failed for the last allowed time and given up on. */
  dead: number[];
}

export interface SweeperOptions extends Omit<SweepOptions, 'signal'> {
  /** Pause between sweeps when the last one found less than a full batch. Default 5,000 ms. */
  intervalMs?: number;
  /** Called when a sweep fails as a whole (the database is unreachable); the sweeper carries on. */
  onError?: (error: unknown) => void;
}

export interface RunningSweeper {
  /** Stops sweeping; resolves once the sweep in progress (if any) has finished its current timer. */
  stop(): Promise<void>;
}

export const SWEEPER_ACTOR = actorName({ kind: 'system', name: 'sweeper' });

const MINUTE = 60_000;
const MAX_ERROR_LENGTH = 2_000;

/**
 * How a server sweeps on each kind of database (the benchmark sweeps the same way). On PostgreSQL up to 500 timers per
 * transaction: a backlog of 100,000 clears in seconds. On PGlite a transaction holds the one connection and requests
 * wait for it, so a transaction begins no timer after 25 ms; up to 250 when the handlers are cheap.
 */
export function sweepSettings(kind: 'pglite' | 'postgres'): { perTransaction: number; maxTransactionMs?: number } {
  return kind === 'postgres' ? { perTransaction: 500 } : { perTransaction: 250, maxTransactionMs: 25 };
}

/** 1 min, 2, 4, 8, … after the 1st, 2nd, 3rd, 4th failure, at most 6 h (10 attempts span about 10 h). */
export function defaultBackoffMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 360 * MINUTE);
}

/**
 * Fires due timers, up to `batchSize`, in transactions of up to `perTransaction` timers each, that
 *   1. take the oldest due timers FOR UPDATE SKIP LOCKED (another sweeper, in this or another
 *      process, takes different ones),
 *   2. run each timer's handler with that transaction,
 *   3. set fired_at on all of them and append their audit rows (`system:sweeper`, `timer.fire`, one
 *      row per timer, chained with one lock of the audit head, last, so it is held only until the commit),
 * and commit all of it together (issue 8: 100,000 due timers in ≤ 10 s; one transaction per timer
 * spent its time in commits). A crash anywhere before the commit leaves no trace, so the timers are
 * still pending and fire on a later sweep; after the commit they are no longer pending, so none
 * fires twice.
 *
 * If anything in such a transaction fails (a handler throws, a kind has no handler, a deferred
 * constraint is violated), the whole transaction is rolled back and those timers are taken again one
 * per transaction: a handler that throws (or a kind without a handler) is rolled back to a savepoint
 * taken after the timer was locked; the same transaction then records the failure on the
 * still-locked row (attempts + 1, last_error, fire_at moved later by the backoff, or given up on after
 * maxAttempts) with a `timer.fail` / `timer.dead` audit row. A handler may thus run twice for one
 * firing, the first time rolled back: it must write through `tx` only, which it must anyway.
 *
 * Rejects only when the database itself fails (the timers in hand then stay pending).
 */
export async function sweepOnce(ctx: AppContext, handlers: TimerHandlers, options: SweepOptions = {}): Promise<SweepResult> {
  const batchSize = options.batchSize ?? 100;
  const perTransaction = options.perTransaction ?? 25;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batchSize must be a positive integer');
  if (!Number.isInteger(perTransaction) || perTransaction < 1) throw new Error('perTransaction must be a positive integer');
  const result: SweepResult = { fired: [], failed: [], dead: [] };
  let handled = 0;
  while (handled < batchSize && !options.signal?.aborted) {
    const limit = Math.min(perTransaction, batchSize - handled);
    const together = await fireTogether(ctx, handlers, options, limit);
    if (together === 'failed') {
      // Find the culprit: the same timers (or whichever are due first now), one per transaction.
      for (let i = 0; i < limit && !options.signal?.aborted; i++) {
        const outcome = await fireNext(ctx, handlers, options);
        if (!outcome) return result;
        result[outcome.status].push(outcome.id);
        handled += 1;
      }
      continue;
    }
    result.fired.push(...together.fired);
    handled += together.fired.length;
    if (together.taken < limit) break;
  }
  return result;
}

class BatchFailed extends Error {}

/** Up to `limit` timers in one transaction; 'failed' (and nothing written) if any of them failed. */
async function fireTogether(ctx: AppContext, handlers: TimerHandlers, options: SweepOptions, limit: number): Promise<{ fired: number[]; taken: number } | 'failed'> {
  const now = ctx.now();
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const began = performance.now();
      const timers = await repo.takeDue(tx, { now, limit });
      const fired: Timer[] = [];
      for (const timer of timers) {
        // Once aborted or past its time, the timers not yet handled stay pending (their locks end with the commit).
        if (options.signal?.aborted) break;
        if (options.maxTransactionMs !== undefined && fired.length > 0 && performance.now() - began >= options.maxTransactionMs) break;
        const handler = Object.hasOwn(handlers, timer.kind) ? handlers[timer.kind] : undefined;
        if (!handler) throw new BatchFailed(`no handler for timer kind ${timer.kind}`);
        try {
          await handler(tx, timer, ctx);
        } catch (error) {
          throw new BatchFailed(errorText(error));
        }
        fired.push(timer);
      }
      try {
        await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(tx);
      } catch (error) {
        throw new BatchFailed(errorText(error));
      }
      await repo.markFiredMany(tx, fired.map((t) => t.id), now);
      await appendAuditBatch(
        tx,
        fired.map((timer) => ({ actor: SWEEPER_ACTOR, action: 'timer.fire', subject: timer.subject, request: describe(timer), result: { firedAt: now.toISOString() } })),
        now,
      );
      return { fired: fired.map((t) => t.id), taken: timers.length };
    });
  } catch (error) {
    if (error instanceof BatchFailed) return 'failed';
    throw error;
  }
}

/**
 * Sweeps now and then every `intervalMs`, at once again while sweeps come back full. Between
 * sweeps it holds no connection (on PGlite the one connection is free for requests), and each
 * timer's transaction is short, so requests interleave with a long sweep.
 */
export function startSweeper(ctx: AppContext, handlers: TimerHandlers, options: SweeperOptions = {}): RunningSweeper {
  const intervalMs = options.intervalMs ?? 5_000;
  const batchSize = options.batchSize ?? 100;
  const onError = options.onError ?? ((error: unknown) => console.error('timer sweep failed', error));
  const abort = new AbortController();
  let pause: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const sweep = (): void => {
    pause = undefined;
    running = (async () => {
      let full = false;
      try {
        const r = await sweepOnce(ctx, handlers, { ...options, batchSize, signal: abort.signal });
        full = r.fired.length + r.failed.length + r.dead.length >= batchSize;
      } catch (error) {
        onError(error);
      }
      running = undefined;
      if (!abort.signal.aborted) pause = setTimeout(sweep, full ? 0 : intervalMs);
    })();
  };
  pause = setTimeout(sweep, 0);

  return {
    async stop() {
      abort.abort();
      if (pause !== undefined) clearTimeout(pause);
      pause = undefined;
      await running;
    },
  };
}

type Outcome = { id: number; status: keyof SweepResult };

async function fireNext(ctx: AppContext, handlers: TimerHandlers, options: SweepOptions): Promise<Outcome | null> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (tx) => {
    const [timer] = await repo.takeDue(tx, { now, limit: 1 });
    if (!timer) return null;
    const handler = Object.hasOwn(handlers, timer.kind) ? handlers[timer.kind] : undefined;
    await sql`SAVEPOINT timer_handler`.execute(tx);
    try {
      if (!handler) throw new Error(`no handler for timer kind ${timer.kind}`);
      await handler(tx, timer, ctx);
      // Deferred constraints are checked here, so a violation counts against the handler instead
      // of failing the commit (which would leave a poison timer at the head of the queue).
      await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(tx);
      await sql`RELEASE SAVEPOINT timer_handler`.execute(tx);
    } catch (error) {
      // Undoes everything the handler did (and clears an aborted transaction); the timer's lock
      // was taken before the savepoint and is kept. If the connection is gone this throws, the
      // whole transaction is lost, and the timer stays pending: that is the crash case.
      await sql`ROLLBACK TO SAVEPOINT timer_handler`.execute(tx);
      return recordFailure(tx, timer, error, now, options);
    }
    await repo.markFired(tx, timer.id, now);
    // Last, so the audit chain's head (locked by every audited write) is held only until the commit.
    await appendAudit(
      tx,
      { actor: SWEEPER_ACTOR, action: 'timer.fire', subject: timer.subject, request: describe(timer), result: { firedAt: now.toISOString() } },
      now,
    );
    return { id: timer.id, status: 'fired' as const };
  });
}

async function recordFailure(tx: Tx, timer: Timer, error: unknown, now: Date, options: SweepOptions): Promise<Outcome> {
  const attempts = timer.attempts + 1;
  const message = errorText(error);
  const maxAttempts = options.maxAttempts ?? 10;
  if (attempts >= maxAttempts) {
    const lastError = `gave up after ${attempts} attempts: ${message}`.slice(0, MAX_ERROR_LENGTH);
    await repo.markDead(tx, timer.id, { attempts, lastError, now });
    await appendAudit(
      tx,
      { actor: SWEEPER_ACTOR, action: 'timer.dead', subject: timer.subject, request: describe(timer), result: { error: message, attempts } },
      now,
    );
    return { id: timer.id, status: 'dead' };
  }
  const delay = Math.max(0, (options.backoffMs ?? defaultBackoffMs)(attempts));
  const retryAt = new Date(now.getTime() + delay);
  await repo.markRetry(tx, timer.id, { attempts, lastError: message.slice(0, MAX_ERROR_LENGTH), fireAt: retryAt });
  await appendAudit(
    tx,
    { actor: SWEEPER_ACTOR, action: 'timer.fail', subject: timer.subject, request: describe(timer), result: { error: message, attempts, retryAt: retryAt.toISOString() } },
    now,
  );
  return { id: timer.id, status: 'failed' };
}

function describe(timer: Timer): Record<string, unknown> {
  return { timerId: timer.id, kind: timer.kind, fireAt: timer.fire_at.toISOString(), attempts: timer.attempts, payload: timer.payload };
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

export type { Timer } from './repository.ts';
