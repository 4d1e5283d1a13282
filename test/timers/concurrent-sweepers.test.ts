import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/server/context.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { sealAuditTrail, verifyAuditChain } from '../../src/server/features/audit/service.ts';
import type { Timer } from '../../src/server/timers/repository.ts';
import { scheduleTimer } from '../../src/server/timers/schedule-timer.ts';
import { sweepOnce, type TimerHandlers } from '../../src/server/timers/sweeper.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/**
 * Several sweepers over one database. On PostgreSQL they are separate pools (as separate zimao
 * processes would be) sweeping at the same time, and the crash is a real process killed in the
 * middle of a timer's transaction. On PGlite (one connection) the same assertions hold with the
 * sweeps interleaved one transaction at a time, and the crash kills the process holding the data folder.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = new Date('2026-11-24T02:00:00Z');
const KIND = 'test.log';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

/** Opens and prepares a database: migrations, and the log the handlers write (one row per timer at most). */
async function prepare(options: DatabaseOptions): Promise<Database> {
  const database = await openDatabase(options);
  await migrate(database);
  await sql`CREATE TABLE IF NOT EXISTS timer_fire_log (
    timer_id  bigint NOT NULL,
    sweeper   text NOT NULL,
    CONSTRAINT timer_fire_log_pkey PRIMARY KEY (timer_id))`.execute(database.db);
  return database;
}

async function scheduleMany(database: Database, prefix: string, n: number): Promise<number[]> {
  return database.db.transaction().execute(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      // Due over the hour before NOW, in no particular order of id.
      const fireAt = new Date(NOW.getTime() - ((i * 7919) % 3600) * 1000 - 1);
      ids.push((await scheduleTimer(tx, { kind: KIND, subject: `${prefix}:${i}`, fireAt, payload: { i } })).id);
    }
    return ids;
  });
}

/** A sweeper: its context, its handler (which logs in the sweep's transaction) and what it saw. */
function sweeper(database: Database, name: string) {
  const ctx: AppContext = { database, db: database.db, now: () => NOW };
  const invocations = new Map<number, number>();
  const fired: number[] = [];
  const handlers: TimerHandlers = {
    [KIND]: async (tx, timer: Timer) => {
      invocations.set(timer.id, (invocations.get(timer.id) ?? 0) + 1);
      await sql`INSERT INTO timer_fire_log (timer_id, sweeper) VALUES (${timer.id}, ${name})`.execute(tx);
    },
  };
  /** Sweeps until a sweep finds nothing due (or only timers another sweeper holds). */
  async function run(): Promise<void> {
    for (;;) {
      const r = await sweepOnce(ctx, handlers, { batchSize: 25 });
      expect(r.failed).toEqual([]);
      expect(r.dead).toEqual([]);
      fired.push(...r.fired);
      if (r.fired.length === 0) return;
    }
  }
  return { name, ctx, invocations, fired, run };
}

/** Every timer of the prefix fired exactly once: one log row, fired_at set, no failed attempt, one audit row. */
async function expectFiredExactlyOnce(database: Database, prefix: string, ids: number[]): Promise<Map<string, number>> {
  const db = database.db;
  const log = (
    await sql<{ timer_id: number; sweeper: string }>`
      SELECT l.timer_id, l.sweeper FROM timer_fire_log l JOIN timers t ON t.id = l.timer_id
      WHERE t.subject LIKE ${`${prefix}:%`}`.execute(db)
  ).rows;
  expect(log.map((r) => Number(r.timer_id)).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  const timers = await db.selectFrom('timers').selectAll().where('subject', 'like', `${prefix}:%`).execute();
  expect(timers).toHaveLength(ids.length);
  for (const t of timers) expect([t.fired_at, t.cancelled_at, t.attempts, t.last_error]).toEqual([NOW, null, 0, null]);
  await sealAuditTrail(db); // as a reader of the trail does (migration 0031)
  const audit = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', 'timer.fire')
    .where('subject', 'like', `${prefix}:%`)
    .executeTakeFirstOrThrow();
  expect(Number(audit.n)).toBe(ids.length);
  expect((await verifyAuditChain(db)).ok).toBe(true);
  const perSweeper = new Map<string, number>();
  for (const r of log) perSweeper.set(r.sweeper, (perSweeper.get(r.sweeper) ?? 0) + 1);
  return perSweeper;
}

describe('concurrent sweepers', () => {
  it('fire 2,000 due timers exactly once between them', { timeout: 180_000 }, async () => {
    const first = await prepare(testDb.options);
    // A second pool on the same database, as a second zimao process would have (PGlite: one instance).
    const second = onPostgres ? await openDatabase(testDb.options) : first;
    try {
      const ids = await scheduleMany(first, 'conc', 2000);
      expect(new Set(ids).size).toBe(2000);
      const a = sweeper(first, 'a');
      const b = sweeper(second, 'b');
      await Promise.all([a.run(), b.run()]);

      const perSweeper = await expectFiredExactlyOnce(first, 'conc', ids);
      // No timer was ever handed to a handler twice, not even in a transaction that rolled back.
      for (const s of [a, b]) for (const n of s.invocations.values()) expect(n).toBe(1);
      expect(a.invocations.size + b.invocations.size).toBe(2000);
      // What each sweeper says it fired is what it logged, and the two are disjoint.
      expect(new Set([...a.fired, ...b.fired]).size).toBe(2000);
      expect(perSweeper.get('a') ?? 0).toBe(a.fired.length);
      expect(perSweeper.get('b') ?? 0).toBe(b.fired.length);
      if (onPostgres) {
        expect(a.fired.length).toBeGreaterThan(0);
        expect(b.fired.length).toBeGreaterThan(0);
      }
      console.info(`[${onPostgres ? 'postgres' : 'pglite'}] 2,000 timers: sweeper a fired ${a.fired.length}, sweeper b fired ${b.fired.length}`);
    } finally {
      if (second !== first) await second.close();
      await first.close();
    }
  });

  it('a sweep killed in the middle of a timer and run again fires every timer exactly once', { timeout: 180_000 }, async () => {
    const TOTAL = onPostgres ? 1000 : 400;
    const CRASH_AFTER = 150;
    // PGlite: a data folder on disk that the killed process and this one open in turn.
    const dataDir = onPostgres ? null : mkdtempSync(join(tmpdir(), 'zimao-timers-'));
    const options: DatabaseOptions = dataDir ? { kind: 'pglite', dataDir } : testDb.options;
    let database = await prepare(options);
    try {
      const ids = await scheduleMany(database, 'crash', TOTAL);
      if (dataDir) await database.close(); // one process at a time in a PGlite folder

      const childUrl = testDb.url ? withApplicationName(testDb.url, 'zimao_timers_crash') : null;
      const child = spawnCrashingSweeper(childUrl ? { kind: 'postgres', url: childUrl, poolSize: 2 } : options, CRASH_AFTER);

      const survivor = () => sweeper(database, 'survivor');
      let concurrent: ReturnType<typeof sweeper> | null = null;
      if (onPostgres) {
        // Another process sweeps at the same time; it carries on when the first one dies.
        await waitFor(async () => (await logCount(database, 'child')) > 0, () => child.exited);
        concurrent = survivor();
        await Promise.all([concurrent.run(), child.done]);
      }
      const { signal, stdout, stderr } = await child.done;
      expect({ signal, stdout, stderr }).toMatchObject({ signal: 'SIGKILL' });
      const crashedOn = Number(/crashing on (\d+)/.exec(stdout)?.[1]);
      expect(ids).toContain(crashedOn);

      if (dataDir) {
        database = await prepare(options);
        // What the dead process committed: exactly the timers it finished, not the one it died in.
        expect(await logCount(database, 'child')).toBe(CRASH_AFTER);
        const inFlight = await database.db.selectFrom('timers').selectAll().where('id', '=', crashedOn).executeTakeFirstOrThrow();
        expect([inFlight.fired_at, inFlight.attempts, inFlight.last_error]).toEqual([null, 0, null]);
        const fired = await database.db.selectFrom('timers').select('id').where('subject', 'like', 'crash:%').where('fired_at', 'is not', null).execute();
        expect(fired).toHaveLength(CRASH_AFTER);
      } else {
        // The server ends the dead process's transaction once it sees the connection gone.
        await waitFor(async () => {
          const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'zimao_timers_crash'`.execute(database.db);
          return r.rows[0]?.n === 0;
        });
      }

      // The restart: sweep again until nothing is due.
      const rerun = survivor();
      await rerun.run();

      const perSweeper = await expectFiredExactlyOnce(database, 'crash', ids);
      expect(perSweeper.get('child')).toBe(CRASH_AFTER);
      const survivorFired = [...(concurrent?.fired ?? []), ...rerun.fired];
      expect(perSweeper.get('survivor')).toBe(TOTAL - CRASH_AFTER);
      expect(survivorFired).toHaveLength(TOTAL - CRASH_AFTER);
      expect(survivorFired).toContain(crashedOn);
      for (const s of [concurrent, rerun]) for (const n of s?.invocations.values() ?? []) expect(n).toBe(1);
      console.info(
        `[${onPostgres ? 'postgres' : 'pglite'}] crash: killed process fired ${CRASH_AFTER} and died in timer ${crashedOn}; ` +
          `survivor fired ${concurrent?.fired.length ?? 0} concurrently and ${rerun.fired.length} on the rerun`,
      );
    } finally {
      await database.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function logCount(database: Database, name: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM timer_fire_log WHERE sweeper = ${name}`.execute(database.db);
  return Number(r.rows[0]?.n ?? 0);
}

function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

/**
 * Runs a sweeper in a separate Node process whose handler, on its (crashAfter + 1)-th timer, has
 * written its log row and then kills its own process with SIGKILL, in the middle of the transaction.
 */
function spawnCrashingSweeper(options: DatabaseOptions, crashAfter: number) {
  const code = `
    import { writeSync } from 'node:fs';
    const { sql } = await import('kysely');
    const { openDatabase } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/server/db/database.ts')).href)});
    const { sweepOnce } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/server/timers/sweeper.ts')).href)});
    const database = await openDatabase(JSON.parse(process.env.ZIMAO_CRASH_DB));
    const now = new Date(${JSON.stringify(NOW.toISOString())});
    const ctx = { database, db: database.db, now: () => now };
    let n = 0;
    const handlers = {
      ${JSON.stringify(KIND)}: async (tx, timer) => {
        await sql\`INSERT INTO timer_fire_log (timer_id, sweeper) VALUES (\${timer.id}, 'child')\`.execute(tx);
        n += 1;
        if (n > ${crashAfter}) {
          writeSync(1, 'crashing on ' + timer.id + '\\n');
          process.kill(process.pid, 'SIGKILL');
          await new Promise(() => {});
        }
      },
    };
    for (;;) {
      const r = await sweepOnce(ctx, handlers, { batchSize: 25 });
      if (r.fired.length === 0) break;
    }
    writeSync(1, 'finished without crashing\\n');
    await database.close();
  `;
  const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    env: { ...process.env, ZIMAO_CRASH_DB: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const state = { exited: false };
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      state.exited = true;
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    done,
    get exited() {
      return state.exited;
    },
  };
}

async function waitFor(check: () => Promise<boolean>, giveUp: () => boolean = () => false, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (giveUp()) throw new Error('the other process ended before the condition held');
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
