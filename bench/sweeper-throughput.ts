// Timer sweeper throughput, in process: N due timers over a fresh database, swept with a no-op
// handler until none is due. Baseline: single-row transactions that only set fired_at, on the same
// database and table, so the ratio is what the sweeper adds (FOR UPDATE SKIP LOCKED,
// one audit row per timer, chained by the audit seal before the clock stops, as many timers per transaction as zimao
// serve fires, sweepSettings). Runs on an in-memory PGlite and, when BENCH_DATABASE_URL is
// set, on a database of its own on that PostgreSQL server, where two sweepers also run at once.
//
// `node --import tsx bench/sweeper-throughput.ts [--quick]` runs this scenario alone;
// BENCH_SWEEPER_N overrides N (quick: 500, full: 100,000).
import { fileURLToPath } from 'node:url';
import { sql, type RawBuilder } from 'kysely';
import type { AppContext } from '../src/server/context.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { sealAuditTrail } from '../src/server/features/audit/service.ts';
import { sweepOnce, sweepSettings, type TimerHandlers } from '../src/server/timers/sweeper.ts';
import { metric, printTable, type Metric } from './metric.ts';
import { createPostgresDatabase } from './postgres-database.ts';

export interface SweeperThroughputOptions {
  quick: boolean;
  /** Due timers per run; default 500 (quick) or 100,000. */
  n?: number;
  /** PostgreSQL server URL; a database is created there and dropped afterwards. */
  postgresUrl?: string | undefined;
}

const KIND = 'bench.noop';
const INSERT_BATCH = 20_000;
const SWEEP_BATCH = 2_000;

/**
 * Inserts `n` timers with one INSERT ... SELECT generate_series per batch, the columns and dedupe
 * key as scheduleTimer writes them. Timer g of n falls due (n − g + 1) seconds before `t0` (plus
 * `offsetSeconds`), so the sweeper takes them in id order.
 */
async function insertTimers(database: Database, opts: { n: number; kind: string; prefix: string; t0: Date; offsetSeconds?: number }) {
  const t0 = opts.t0.toISOString();
  const offset = opts.offsetSeconds ?? 0;
  for (let from = 1; from <= opts.n; from += INSERT_BATCH) {
    const to = Math.min(opts.n, from + INSERT_BATCH - 1);
    await sql`
      INSERT INTO timers (kind, subject, fire_at, payload, dedupe_key)
      SELECT ${opts.kind}, ${opts.prefix} || g, ts, '{}'::jsonb,
             ${opts.kind} || '|' || ${opts.prefix} || g || '|' || to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      FROM (
        SELECT g, ${t0}::timestamptz + make_interval(secs => ${offset}::int - (${opts.n}::int - g + 1)) AS ts
        FROM generate_series(${from}::int, ${to}::int) AS g
      ) AS s`.execute(database.db);
  }
}

/** Sweeps until a sweep finds nothing due; returns how many fired. Any failure throws (the handler cannot fail). */
async function sweepAll(ctx: AppContext, handlers: TimerHandlers, settings: ReturnType<typeof sweepSettings>): Promise<number> {
  let fired = 0;
  for (;;) {
    const r = await sweepOnce(ctx, handlers, { batchSize: SWEEP_BATCH, ...settings });
    if (r.failed.length > 0 || r.dead.length > 0) throw new Error(`sweep: ${r.failed.length} failed, ${r.dead.length} dead`);
    fired += r.fired.length;
    if (r.fired.length === 0) return fired;
  }
}

async function countRows(database: Database, query: RawBuilder<{ n: number }>): Promise<number> {
  const { rows } = await query.execute(database.db);
  return Number(rows[0]?.n ?? 0);
}

async function onDatabase(label: string, options: DatabaseOptions, n: number, sample: number, pair: boolean): Promise<Metric[]> {
  const database = await openDatabase(options);
  const second = pair ? await openDatabase(options) : null;
  try {
    await migrate(database);
    const t0 = new Date(Math.floor(Date.now() / 1000) * 1000);
    const ctx: AppContext = { database, db: database.db, now: () => t0 };
    const metrics: Metric[] = [];

    let start = performance.now();
    await insertTimers(database, { n, kind: KIND, prefix: 'bench:', t0 });
    // Baseline rows fall due a day later: the sweeper never takes them.
    await insertTimers(database, { n: sample, kind: 'bench.baseline', prefix: 'bench-baseline:', t0, offsetSeconds: 86_400 + sample + 1 });
    await sql`ANALYZE timers`.execute(database.db);
    console.error(`sweeper/${label}: inserted ${n + sample} timers in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    // Baseline: one transaction per timer that only marks it fired, on the same table.
    const ids = (await sql<{ id: number }>`SELECT id FROM timers WHERE kind = 'bench.baseline' ORDER BY id`.execute(database.db)).rows.map((r) => Number(r.id));
    start = performance.now();
    for (const id of ids) {
      await database.db.transaction().execute((tx) => tx.updateTable('timers').set({ fired_at: t0 }).where('id', '=', id).execute());
    }
    const baselineRate = ids.length / ((performance.now() - start) / 1000);
    const baseline = { name: `UPDATE timers SET fired_at, one row per transaction (${label})`, value: baselineRate };
    metrics.push(metric(baseline.name, 'timers/s', baselineRate));

    start = performance.now();
    // As zimao serve sweeps on this database (sweepSettings).
    const settings = sweepSettings(options.kind);
    const fired = await sweepAll(ctx, { [KIND]: async () => {} }, settings);
    // The sweep's audit rows are in the chain only once sealed (migration 0031): that is part of the sweep's cost.
    await sealAuditTrail(database.db);
    const seconds = (performance.now() - start) / 1000;
    const pending = await countRows(database, sql<{ n: number }>`SELECT count(*) AS n FROM timers WHERE kind = ${KIND} AND fired_at IS NULL`);
    if (fired !== n || pending !== 0) throw new Error(`sweeper/${label}: fired ${fired} of ${n}, ${pending} still pending`);
    console.error(`sweeper/${label}: fired ${fired} timers in ${seconds.toFixed(1)} s`);
    const single = { name: `sweepOnce, one sweeper (${label})`, value: fired / seconds };
    metrics.push(metric(`sweepOnce over ${n} due timers, no-op handler (${label})`, 'timers/s', single.value, baseline));
    metrics.push(metric(`sweep of ${n} due timers, ${settings.perTransaction} per transaction${settings.maxTransactionMs ? `, none begun after ${settings.maxTransactionMs} ms` : ''} (${label})`, 's', seconds, null, '≤ 10 s for 100,000 timers, each exactly once', n >= 100_000 ? seconds <= 10 && fired === n : null));

    if (second) {
      // Two sweepers, each with its own pool as two processes would have, over N fresh due timers.
      await insertTimers(database, { n, kind: KIND, prefix: 'bench-pair:', t0 });
      await sql`ANALYZE timers`.execute(database.db);
      const calls = new Map<number, number>();
      const handlers: TimerHandlers = {
        [KIND]: async (_tx, timer) => {
          calls.set(timer.id, (calls.get(timer.id) ?? 0) + 1);
        },
      };
      const ctxB: AppContext = { database: second, db: second.db, now: () => t0 };
      start = performance.now();
      const [a, b] = await Promise.all([sweepAll(ctx, handlers, settings), sweepAll(ctxB, handlers, settings)]);
      await sealAuditTrail(database.db);
      const pairSeconds = (performance.now() - start) / 1000;
      const twice = [...calls.values()].filter((c) => c > 1).length;
      const firedRows = await countRows(database, sql<{ n: number }>`SELECT count(*) AS n FROM timers WHERE subject LIKE 'bench-pair:%' AND fired_at IS NOT NULL`);
      const auditRows = await countRows(database, sql<{ n: number }>`SELECT count(*) AS n FROM audit_log WHERE action = 'timer.fire' AND subject LIKE 'bench-pair:%'`);
      const auditSubjects = await countRows(database, sql<{ n: number }>`SELECT count(DISTINCT subject) AS n FROM audit_log WHERE action = 'timer.fire' AND subject LIKE 'bench-pair:%'`);
      console.error(`sweeper/${label}: two sweepers fired ${a} + ${b} = ${a + b} of ${n} in ${pairSeconds.toFixed(1)} s; handler ran for ${calls.size} timers, ${twice} more than once; ${firedRows} fired rows, ${auditRows} timer.fire audit rows for ${auditSubjects} subjects`);
      if (a + b !== n || calls.size !== n || twice !== 0 || firedRows !== n || auditRows !== n || auditSubjects !== n) {
        throw new Error(`sweeper/${label}: two sweepers did not fire each of ${n} timers exactly once`);
      }
      metrics.push(metric(`two sweepers at once over ${n} due timers, combined (${label})`, 'timers/s', (a + b) / pairSeconds, single));
      metrics.push(metric(`two sweepers: timers fired more than once (${label})`, 'timers', twice));
      metrics.push(metric(`two sweepers: timers fired exactly once (${label})`, 'timers', n - twice, { name: 'due timers', value: n }));
    }
    return metrics;
  } finally {
    await second?.close();
    await database.close();
  }
}

export async function sweeperThroughput(options: SweeperThroughputOptions): Promise<Metric[]> {
  const n = options.n ?? (options.quick ? 500 : 100_000);
  const sample = Math.min(n, options.quick ? 500 : 5_000);
  const metrics = await onDatabase('PGlite', { kind: 'pglite', dataDir: null }, n, sample, false);
  if (options.postgresUrl) {
    const pgDb = await createPostgresDatabase(options.postgresUrl);
    try {
      metrics.push(...(await onDatabase('PostgreSQL', { kind: 'postgres', url: pgDb.url, poolSize: 2 }, n, sample, true)));
    } finally {
      await pgDb.drop();
    }
  }
  return metrics;
}

export function sweeperCountFromEnv(): number | undefined {
  const raw = process.env.BENCH_SWEEPER_N;
  if (raw === undefined || raw === '') return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw new Error(`BENCH_SWEEPER_N must be a positive integer, got "${raw}"`);
  return Number(raw);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = sweeperCountFromEnv();
  printTable(await sweeperThroughput({ quick: process.argv.includes('--quick'), ...(n ? { n } : {}), postgresUrl: process.env.BENCH_DATABASE_URL || undefined }));
}
