// Dashboard aggregates at the scale of a real register (issue 8 goal: counts and capital by area × industry section ×
// status over 3.5 million enterprises, p95 ≤ 50 ms while registrations continue; rollups kept current, not a scan).
// A fresh database gets the demo and `zimao generate`'s enterprises; then the FTZ Office's register aggregates
// (dashboards service, read from the rollup of migration 0022) are timed while another loop keeps registering
// enterprises one row per transaction, each firing the rollup trigger as a registration does, and the deltas are folded
// every second. Baseline: the same
// figures by a GROUP BY over the register, what the dashboard would cost without the rollup. At the end the rollup must
// equal that scan: a fast wrong answer is no answer.
//
// On the same generated register, public-register.ts then times the public search and the open-data snapshot, and
// ownership-register.ts the integrated ownership read from the database and one company's beneficial owners.
//
// `node --import tsx bench/dashboard-aggregates.ts [--quick]` runs it alone. On PostgreSQL (BENCH_DATABASE_URL) it
// generates 3.5 million enterprises (quick: 100,000); without, an in-memory PGlite with 1 million (quick: 20,000).
// BENCH_DASHBOARD_N overrides the number.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { AccountActor } from '../src/server/context.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import type { DatabaseOptions } from '../src/server/db/database.ts';
import { listAccounts } from '../src/server/features/accounts/service.ts';
import { dashboard, registerAggregates } from '../src/server/features/dashboards/service.ts';
import { startRollupFolding } from '../src/server/features/enterprises/fold-rollups.ts';
import { generate } from '../src/server/generate/generate.ts';
import { seedDemo } from '../src/server/seed/seed-demo.ts';
import { metric, percentile, printTable, type Metric } from './metric.ts';
import { createPostgresDatabase } from './postgres-database.ts';
import { ownershipRegisterBench } from './ownership-register.ts';
import { publicRegisterBench } from './public-register.ts';

const NOW = new Date('2026-11-24T02:00:00Z');

async function timeEach(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function dashboardAggregatesBench(opts: { quick: boolean; postgresUrl?: string | undefined; n?: number }): Promise<Metric[]> {
  const onPostgres = Boolean(opts.postgresUrl);
  const n = opts.n ?? (onPostgres ? (opts.quick ? 100_000 : 3_500_000) : opts.quick ? 20_000 : 1_000_000);
  const goalSize = onPostgres ? 3_500_000 : 1_000_000;
  const pgDb = opts.postgresUrl ? await createPostgresDatabase(opts.postgresUrl) : null;
  const options: DatabaseOptions = pgDb ? { kind: 'postgres', url: pgDb.url, poolSize: 4 } : { kind: 'pglite', dataDir: null };
  const started = await bootstrap(options, () => NOW);
  const label = `${onPostgres ? 'PostgreSQL' : 'PGlite'}, ${n.toLocaleString('en')} generated enterprises`;
  try {
    const { ctx } = started;
    await seedDemo(ctx);
    let start = performance.now();
    await generate(ctx, { enterprises: n, seed: 1, months: 120, asOf: '2026-11-24', postgresUrl: pgDb?.url ?? null });
    console.error(`dashboard (${label}): generated in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const accounts = await listAccounts(ctx.db);
    const analyst = accounts.find((a) => a.username === 'analyst');
    const window = accounts.find((a) => a.username === 'window');
    if (!analyst || !window) throw new Error('bench: the demo analyst or window officer is missing');
    const actor: AccountActor = { kind: 'account', account: analyst, via: 'session' };

    const scan = () =>
      sql`SELECT area_code, industry_code, status, count(*), sum(enterprise_rollup_capital(particulars))
            FROM enterprises GROUP BY 1, 2, 3`.execute(ctx.db);
    await scan(); // warm
    const scans = await timeEach(opts.quick ? 3 : 5, scan);

    // Registrations continue: one enterprise per transaction, as fast as the database takes them, until told to stop.
    let registering = true;
    let registered = 0;
    const writer = (async () => {
      while (registering) {
        registered += 1;
        await sql`INSERT INTO enterprises (uscc, name, area_code, district_code, industry_code, status, established_on, particulars)
                  VALUES (${`BENCH${String(registered).padStart(13, '0')}`}, ${`重庆基准${registered}科技有限公司`}, 'LJ', '500112', '6511', 'registered', '2026-11-24',
                          ${JSON.stringify({ registeredCapitalYuan: 1_000_000 })}::jsonb)`.execute(ctx.db);
      }
    })();
    // As zimao serve does (every 5 s there): the registrations' deltas are folded into the totals while they arrive.
    const folding = startRollupFolding(ctx, { intervalMs: 1_000 });
    start = performance.now();
    await registerAggregates(ctx, actor); // warm
    const aggregates = await timeEach(opts.quick ? 50 : 300, () => registerAggregates(ctx, actor));
    const overview = await timeEach(opts.quick ? 3 : 20, () => dashboard(ctx, actor, { year: 2026 }));
    const seconds = (performance.now() - start) / 1000;
    registering = false;
    await writer;
    await folding.stop();

    // The rollup after all of it equals the scan.
    const { register } = await registerAggregates(ctx, actor);
    const fromRollup = register.reduce((sum, r) => sum + r.enterprises, 0);
    const total = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM enterprises`.execute(ctx.db)).rows[0]!.n);
    if (fromRollup !== total) throw new Error(`bench: the rollup counts ${fromRollup} enterprises, the register holds ${total}`);
    console.error(`dashboard (${label}): ${registered} registrations during ${seconds.toFixed(1)} s of reads; rollup = register = ${total}`);

    // The public register over the same generated register: the search and the open-data snapshot.
    const publicRegister = await publicRegisterBench(ctx, { quick: opts.quick, label, atGoalSize: onPostgres && n >= goalSize });
    // Ownership over the same register's holdings: the whole register integrated, and one company's owners as read.
    const ownership = await ownershipRegisterBench(ctx, { quick: opts.quick, label, officer: { kind: 'account', account: window, via: 'session' }, asOf: '2026-11-24' });

    const baseline = { name: `GROUP BY area, class, status over the register p95 (${label})`, value: percentile(scans, 95) };
    const p95 = percentile(aggregates, 95);
    return [
      metric(baseline.name, 'ms', baseline.value),
      metric(`dashboard aggregates (area × section × status) p95, registrations continuing (${label})`, 'ms', p95, baseline, 'p95 ≤ 50 ms over 3.5 million enterprises (PostgreSQL)', onPostgres && n >= goalSize ? p95 <= 50 : null),
      metric(`registrations during the reads (${label})`, 'per s', registered / seconds),
      metric(`GET /api/dashboards/overview in process p95 (${label})`, 'ms', percentile(overview, 95), baseline),
      ...publicRegister,
      ...ownership,
    ];
  } finally {
    await started.close();
    await pgDb?.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = process.env.BENCH_DASHBOARD_N ? Number(process.env.BENCH_DASHBOARD_N) : undefined;
  printTable(await dashboardAggregatesBench({ quick: process.argv.includes('--quick'), postgresUrl: process.env.BENCH_DATABASE_URL || undefined, ...(n ? { n } : {}) }));
}
